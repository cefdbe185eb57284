import { can, isStaff, PointsReason, PostKind, Privilege } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { entityRows } from '../../core/database/entity-rows';
import { inTransaction } from '../../core/database/transaction';
import { badUserInput, forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { decodeCursor, encodeCursor, pageSize } from '../../core/pagination/cursor';
import { BADGES_AFTER, BadgesService } from '../badges/badges.service';
import { Community } from '../communities/community.entity';
import { LiveEvents } from '../live/live-events.service';
import { PostScreeningService } from '../moderation/screening/post-screening.service';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { User } from '../users/user.entity';
import { AskQuestionInput, EditQuestionInput } from './dto/question.inputs';
import { QuestionConnection, QuestionOrder, QuestionsArgs } from './dto/question-connection.dto';
import { MeToo } from './me-too.entity';
import { QuestionRevision } from './question-revision.entity';
import { Question } from './question.entity';

/** A question's text, the large columns a list may leave out. */
const TEXT: (keyof Question)[] = ['body', 'bodyHtml'];

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
    private readonly screening: PostScreeningService,
  ) {}

  /** Asks a question, or publishes a User Tip (kind USER_TIP), which level 5 unlocks. */
  ask(author: User, input: AskQuestionInput, kind: PostKind = PostKind.QUESTION): Promise<Question> {
    const communityId = parseId(input.communityId, 'communityId');
    if (kind === PostKind.USER_TIP && !can(author, Privilege.WRITE_USER_TIPS)) {
      throw forbidden('User Tips unlock at level 5.');
    }
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(Community, { id: communityId }))) throw notFound('Community');
      const screened = await this.screening.screen(manager, author, 'question', { title: input.title, body: input.body }, true);
      const question = await manager.save(
        manager.create(Question, {
          kind,
          communityId,
          authorId: author.id,
          title: screened.title,
          body: screened.body,
          bodyHtml: renderMarkdown(screened.body),
          tags: input.tags ?? [],
        }),
      );
      await this.saveRevision(manager, question, author.id);
      await this.screening.settle(manager, author, screened, { kind: 'question', id: question.id }, question);
      if (kind === PostKind.QUESTION) await this.grantFirstQuestion(manager, author, question);
      await this.badges.evaluate(manager, author.id, communityId, BADGES_AFTER.questionAsked);
      await this.live.questionAsked(manager, question);
      return question;
    });
  }

  private async grantFirstQuestion(manager: EntityManager, author: User, question: Question): Promise<void> {
    await this.reputation.grantOnce(manager, {
      userId: author.id,
      key: ledgerKeys.firstQuestion(author.id),
      reason: PointsReason.FIRST_QUESTION,
      amount: this.reputation.rules.firstQuestion,
      questionId: question.id,
      communityId: question.communityId,
    });
  }

  edit(editor: User, input: EditQuestionInput): Promise<Question> {
    const questionId = parseId(input.questionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.lockQuestion(manager, questionId);
      const mayEditAll = question.authorId === editor.id || isStaff(editor.role);
      const onlyRetags = input.title === undefined && input.body === undefined && input.tags !== undefined;
      if (!mayEditAll && !(onlyRetags && can(editor, Privilege.RETAG_OTHERS_QUESTIONS))) {
        throw forbidden(onlyRetags ? 'Retagging other members\' questions unlocks at level 3.' : 'Only the author or a moderator can edit this question.');
      }
      const changed =
        (input.title !== undefined && input.title !== question.title) ||
        (input.body !== undefined && input.body !== question.body) ||
        (input.tags !== undefined && input.tags.join() !== question.tags.join());
      if (!changed) return question;
      const before = { title: question.title, body: question.body };
      const screened = await this.screening.screen(manager, editor, 'question', { title: input.title, body: input.body }, false);
      question.title = screened.title ?? question.title;
      if (screened.body !== undefined) {
        question.body = screened.body;
        question.bodyHtml = renderMarkdown(screened.body);
      }
      question.tags = input.tags ?? question.tags;
      question.editedAt = new Date();
      await manager.save(question);
      await this.saveRevision(manager, question, editor.id);
      await this.screening.settle(manager, editor, screened, { kind: 'question', id: question.id }, question, before);
      this.live.questionUpdated(manager, question);
      return question;
    });
  }

  /**
   * One page and the total, in two statements sent together; each question comes with its author and
   * community. Lists seldom show the text: `withText` false leaves body and bodyHtml unread (a page of
   * twenty carries about 60 KB of them).
   */
  async list(args: QuestionsArgs, { withText = true }: { withText?: boolean } = {}): Promise<QuestionConnection> {
    const size = pageSize(args.first);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`q.kind = ${param(args.kind ?? PostKind.QUESTION)}`, 'q.removed_at IS NULL', 'q.hidden_at IS NULL', 'q.merged_into_id IS NULL'];
    if (args.communityId) where.push(`q.community_id = ${param(parseId(args.communityId, 'communityId'))}`);
    if (args.authorId) where.push(`q.author_id = ${param(parseId(args.authorId, 'authorId'))}`);
    if (args.solved === true) where.push('q.solution_answer_id IS NOT NULL');
    if (args.solved === false) where.push('q.solution_answer_id IS NULL');
    if (args.answered === true) where.push('q.answer_count > 0');
    if (args.answered === false) where.push('q.answer_count = 0');
    if (args.olderThanDays !== null && args.olderThanDays !== undefined) {
      if (!Number.isInteger(args.olderThanDays) || args.olderThanDays < 0) {
        throw badUserInput('"olderThanDays" must be a whole number of days.', { olderThanDays: ['must be 0 or more'] });
      }
      where.push(`q.created_at < now() - make_interval(days => ${param(args.olderThanDays)})`);
    }
    if (args.tag) where.push(`${param(args.tag.toLowerCase())} = ANY(q.tags)`);
    const countParams = [...params];

    const direction = args.order === QuestionOrder.OLDEST ? 'ASC' : 'DESC';
    // In a community, pinned questions come first (whichever the order); the cursor keeps its place.
    const pinRank = (alias: string) => `(${alias}.pinned_at IS ${direction === 'ASC' ? '' : 'NOT '}NULL)::int`;
    const order = [...(args.communityId ? [pinRank('q')] : []), 'q.created_at', 'q.id'].map((column) => `${column} ${direction}`).join(', ');
    const pageWhere = [...where];
    if (args.after) {
      const { createdAt, id } = decodeCursor(args.after);
      const [createdAtParam, idParam] = [param(createdAt), param(id)];
      const [rank, cursorRank] = args.communityId ? [`${pinRank('q')}, `, `(SELECT ${pinRank('c')} FROM questions c WHERE c.id = ${idParam}), `] : ['', ''];
      pageWhere.push(`(${rank}q.created_at, q.id) ${direction === 'ASC' ? '>' : '<'} (${cursorRank}${createdAtParam}, ${idParam})`);
    }
    const [questions, users, communities] = [entityRows(this.dataSource, Question), entityRows(this.dataSource, User), entityRows(this.dataSource, Community)];
    const [rows, [{ total }]]: [Record<string, unknown>[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${questions.select('q', 'q', withText ? [] : TEXT)}, ${users.select('u', 'author')}, ${communities.select('c', 'community')}
           FROM questions q JOIN users u ON u.id = q.author_id JOIN communities c ON c.id = q.community_id
          WHERE ${pageWhere.join(' AND ')} ORDER BY ${order} LIMIT ${size + 1}`,
        params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM questions q WHERE ${where.join(' AND ')}`, countParams),
    ]);
    const nodes = rows.slice(0, size).map((row) => {
      const question = questions.read(row, 'q') as Question;
      question.author = users.read(row, 'author') as User;
      question.community = communities.read(row, 'community') as Community;
      return question;
    });
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node) }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async addMeToo(user: User, rawQuestionId: string): Promise<Question> {
    const questionId = parseId(rawQuestionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.findOrFail(manager, questionId);
      if (question.kind !== PostKind.QUESTION || question.removedAt) throw forbidden('"Me too" is only for open questions.');
      if (question.authorId === user.id) throw forbidden('You asked this question; "me too" is for other members.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MeToo)
        .values({ questionId, userId: user.id })
        .orIgnore()
        .returning(['question_id'])
        .execute();
      if (inserted.raw.length > 0) {
        await manager.increment(Question, { id: questionId }, 'meTooCount', 1);
        const { rules } = this.reputation;
        await this.reputation.grant(manager, {
          userId: question.authorId,
          key: ledgerKeys.meToo(questionId, user.id),
          reason: PointsReason.ME_TOO_RECEIVED,
          amount: rules.meTooReceived,
          groupLimit: rules.maxRewardedMeToosPerQuestion * rules.meTooReceived,
          questionId,
          communityId: question.communityId,
          actorId: user.id,
        });
        await this.badges.evaluate(manager, question.authorId, null, BADGES_AFTER.pointsChanged);
        this.live.meTooChanged(manager, questionId);
      }
      return this.findOrFail(manager, questionId);
    });
  }

  async removeMeToo(user: User, rawQuestionId: string): Promise<Question> {
    const questionId = parseId(rawQuestionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.findOrFail(manager, questionId);
      const deleted = await manager.delete(MeToo, { questionId, userId: user.id });
      if (deleted.affected) {
        await manager.decrement(Question, { id: questionId }, 'meTooCount', 1);
        await this.reputation.revoke(manager, {
          userId: question.authorId,
          key: ledgerKeys.meToo(questionId, user.id),
          reason: PointsReason.ME_TOO_WITHDRAWN,
          questionId,
          communityId: question.communityId,
          actorId: user.id,
        });
        this.live.meTooChanged(manager, questionId);
      }
      return this.findOrFail(manager, questionId);
    });
  }

  async recordView(rawQuestionId: string): Promise<number> {
    const questionId = parseId(rawQuestionId, 'questionId');
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Question)
      .set({ viewCount: () => 'view_count + 1' })
      .where('id = :questionId', { questionId })
      .returning('view_count')
      .execute();
    if (!result.affected) throw notFound('Question');
    return result.raw[0].view_count;
  }

  revisions(questionId: string): Promise<QuestionRevision[]> {
    return this.dataSource.getRepository(QuestionRevision).find({ where: { questionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async findOrFail(manager: EntityManager, id: string): Promise<Question> {
    const question = await manager.findOneBy(Question, { id });
    if (!question) throw notFound('Question');
    return question;
  }

  private async lockQuestion(manager: EntityManager, id: string): Promise<Question> {
    const question = await manager.findOne(Question, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw notFound('Question');
    return question;
  }

  private async saveRevision(manager: EntityManager, question: Question, editorId: string): Promise<void> {
    await manager.insert(QuestionRevision, {
      questionId: question.id,
      editorId,
      title: question.title,
      body: question.body,
      tags: question.tags,
    });
  }
}
