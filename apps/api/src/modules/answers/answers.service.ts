import { isStaff, PointsReason, PostKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../core/database/transaction';
import { forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { BADGES_AFTER, BadgesService } from '../badges/badges.service';
import { Question } from '../questions/question.entity';
import { LiveEvents } from '../live/live-events.service';
import { PostScreeningService } from '../moderation/screening/post-screening.service';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { User } from '../users/user.entity';
import { AnswerRevision } from './answer-revision.entity';
import { Answer } from './answer.entity';
import { EditAnswerInput, PostAnswerInput } from './dto/answer.inputs';

@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
    private readonly screening: PostScreeningService,
  ) {}

  post(author: User, input: PostAnswerInput): Promise<Answer> {
    const questionId = parseId(input.questionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await manager.findOneBy(Question, { id: questionId });
      if (!question || ((question.removedAt || question.hiddenAt) && !isStaff(author.role))) throw notFound('Question');
      if (question.kind !== PostKind.QUESTION) throw forbidden('User Tips are articles: they take helpful marks, not answers.');
      if (question.mergedIntoId) throw forbidden('This question was merged into another one: answer there.');
      if (question.lockedAt && !isStaff(author.role)) throw forbidden('This thread is locked by a moderator: it takes no new answers.');
      const screened = await this.screening.screen(manager, author, 'answer', { body: input.body }, true);
      const answer = await manager.save(
        manager.create(Answer, { questionId, authorId: author.id, body: screened.body, bodyHtml: renderMarkdown(screened.body) }),
      );
      await manager.insert(AnswerRevision, { answerId: answer.id, editorId: author.id, body: answer.body });
      await this.screening.settle(manager, author, screened, { kind: 'answer', id: answer.id }, answer);
      await manager
        .createQueryBuilder()
        .update(Question)
        .set({ answerCount: () => 'answer_count + 1', lastActivityAt: () => 'now()' })
        .where('id = :questionId', { questionId })
        .execute();
      if (question.authorId !== author.id) await this.grantFirstAnswer(manager, author, answer, question);
      await this.badges.evaluate(manager, author.id, question.communityId, BADGES_AFTER.answerPosted);
      await this.live.answerPosted(manager, answer, question);
      return answer;
    });
  }

  private async grantFirstAnswer(manager: EntityManager, author: User, answer: Answer, question: Question): Promise<void> {
    await this.reputation.grantOnce(manager, {
      userId: author.id,
      key: ledgerKeys.firstAnswer(author.id),
      reason: PointsReason.FIRST_ANSWER,
      amount: this.reputation.rules.firstAnswerToOthers,
      answerId: answer.id,
      questionId: question.id,
      communityId: question.communityId,
    });
  }

  edit(editor: User, input: EditAnswerInput): Promise<Answer> {
    const answerId = parseId(input.answerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const answer = await manager.findOne(Answer, { where: { id: answerId }, lock: { mode: 'pessimistic_write' } });
      if (!answer) throw notFound('Answer');
      if (answer.authorId !== editor.id && !isStaff(editor.role)) {
        throw forbidden('Only the author or a moderator can edit this answer.');
      }
      if (answer.body === input.body) return answer;
      const before = { body: answer.body };
      const screened = await this.screening.screen(manager, editor, 'answer', { body: input.body }, false);
      answer.body = screened.body;
      answer.bodyHtml = renderMarkdown(screened.body);
      answer.editedAt = new Date();
      await manager.save(answer);
      await manager.insert(AnswerRevision, { answerId, editorId: editor.id, body: answer.body });
      await this.screening.settle(manager, editor, screened, { kind: 'answer', id: answerId }, answer, before);
      this.live.answerUpdated(manager, answer);
      return answer;
    });
  }

  revisions(answerId: string): Promise<AnswerRevision[]> {
    return this.dataSource.getRepository(AnswerRevision).find({ where: { answerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
