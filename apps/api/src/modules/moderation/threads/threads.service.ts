import { ModerationActionType, ModerationTargetType, PointsReason, PostKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import { badUserInput, forbidden, notFound } from '../../../core/graphql/errors';
import { parseId } from '../../../core/graphql/parse-id';
import { BadgesService } from '../../badges/badges.service';
import { LiveEvents } from '../../live/live-events.service';
import { Community } from '../../communities/community.entity';
import { Question } from '../../questions/question.entity';
import { ledgerKeys } from '../../reputation/ledger-keys';
import { ReputationService } from '../../reputation/reputation.service';
import { User } from '../../users/user.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import { QueueService } from '../queue/queue.service';
import { lockPost } from '../targets';
import { MergeQuestionInput, MoveQuestionInput } from './thread.inputs';

type ThreadFlag = 'lockedAt' | 'pinnedAt';

const FLAG_ACTIONS: Record<ThreadFlag, [on: ModerationActionType, off: ModerationActionType]> = {
  lockedAt: [ModerationActionType.LOCK_THREAD, ModerationActionType.UNLOCK_THREAD],
  pinnedAt: [ModerationActionType.PIN_THREAD, ModerationActionType.UNPIN_THREAD],
};

/** Thread-wide staff actions: lock, pin, move to another community, merge a duplicate. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly log: ModerationLog,
    private readonly queue: QueueService,
    private readonly live: LiveEvents,
  ) {}

  /** Locked: no new answers. Pinned: first in its community's list. */
  setFlag(staff: User, rawQuestionId: string, flag: ThreadFlag, on: boolean): Promise<Question> {
    const questionId = parseId(rawQuestionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.lockQuestion(manager, questionId);
      if (!!question[flag] === on) return question;
      question[flag] = on ? new Date() : null;
      await manager.save(question);
      await this.log.record(manager, {
        actorId: staff.id,
        action: FLAG_ACTIONS[flag][on ? 0 : 1],
        target: questionTarget(question.id),
        subjectUserId: question.authorId,
      });
      this.live.questionUpdated(manager, question);
      return question;
    });
  }

  move(staff: User, input: MoveQuestionInput): Promise<Question> {
    const questionId = parseId(input.questionId, 'questionId');
    const communityId = parseId(input.communityId, 'communityId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.lockQuestion(manager, questionId);
      if (!(await manager.existsBy(Community, { id: communityId }))) throw notFound('Community');
      if (question.communityId === communityId) return question;
      const before = { communityId: question.communityId };
      question.communityId = communityId;
      await manager.save(question);
      await this.log.record(manager, {
        actorId: staff.id,
        action: ModerationActionType.MOVE_THREAD,
        target: questionTarget(question.id),
        subjectUserId: question.authorId,
        note: input.note ?? null,
        before,
        after: { communityId },
      });
      this.live.questionUpdated(manager, question, before.communityId);
      return question;
    });
  }

  /**
   * Closes a duplicate into the original: its answers and "me too"s move over (one per member; the
   * asker of the original cannot have one), the points for moved "me too"s follow them to the asker
   * of the original as the ledger rules give, and the duplicate redirects there from now on.
   */
  merge(staff: User, input: MergeQuestionInput): Promise<Question> {
    const sourceId = parseId(input.questionId, 'questionId');
    const targetId = parseId(input.intoQuestionId, 'intoQuestionId');
    if (sourceId === targetId)
      throw badUserInput('A question cannot be merged into itself.', {
        intoQuestionId: ['is the same question'],
      });
    return inTransaction(this.dataSource, async (manager) => {
      // Always lock the lower id first, so two merges of the same pair cannot deadlock.
      const [first, second] = await this.lockInOrder(manager, sourceId, targetId);
      const source = first.id === sourceId ? first : second;
      const target = first.id === sourceId ? second : first;
      for (const question of [source, target]) {
        if (question.kind !== PostKind.QUESTION) throw forbidden('Only questions can be merged.');
        if (question.mergedIntoId) throw forbidden(`Question ${question.id} was already merged into another.`);
        if (question.removedAt) throw forbidden(`Question ${question.id} is removed.`);
      }
      // UPDATE and DELETE ... RETURNING come back from TypeORM as [rows, count].
      const [moved]: [{ removed_at: Date | null }[], number] = await manager.query(
        `UPDATE answers SET question_id = $2 WHERE question_id = $1 RETURNING removed_at`,
        [source.id, target.id],
      );
      const meToos = await this.moveMeToos(manager, staff, source, target);
      await manager.query(`UPDATE questions SET answer_count = answer_count + $2, last_activity_at = GREATEST(last_activity_at, $3) WHERE id = $1`, [
        target.id,
        moved.filter((answer) => !answer.removed_at).length,
        source.lastActivityAt,
      ]);
      await manager.query(`UPDATE questions SET merged_into_id = $2, answer_count = 0, me_too_count = 0 WHERE id = $1`, [source.id, target.id]);
      await this.queue.resolveTarget(manager, questionTarget(source.id), staff.id);
      await this.log.record(manager, {
        actorId: staff.id,
        action: ModerationActionType.MERGE_QUESTION,
        target: questionTarget(source.id),
        subjectUserId: source.authorId,
        reason: 'DUPLICATE',
        note: input.note ?? null,
        after: {
          mergedIntoId: target.id,
          answersMoved: moved.length,
          meToosMoved: meToos,
        },
      });
      await this.badges.evaluate(manager, target.authorId, target.communityId);
      const merged = await manager.findOneByOrFail(Question, { id: source.id });
      // Readers of the duplicate learn where it went; readers of the original get its new answers.
      this.live.questionUpdated(manager, merged);
      this.live.questionUpdated(manager, await manager.findOneByOrFail(Question, { id: target.id }));
      return merged;
    });
  }

  /** Moves each "me too" with its point; returns how many landed on the original. */
  private async moveMeToos(manager: EntityManager, staff: User, source: Question, target: Question): Promise<number> {
    const [members]: [{ user_id: string }[], number] = await manager.query(`DELETE FROM question_me_toos WHERE question_id = $1 RETURNING user_id`, [source.id]);
    const { rules } = this.reputation;
    let landed = 0;
    for (const { user_id: userId } of members.sort((a, b) => Number(a.user_id) - Number(b.user_id))) {
      await this.reputation.revoke(manager, {
        userId: source.authorId,
        key: ledgerKeys.meToo(source.id, userId),
        reason: PointsReason.ME_TOO_WITHDRAWN,
        questionId: source.id,
        communityId: source.communityId,
        actorId: staff.id,
      });
      if (userId === target.authorId) continue;
      const [inserted] = await manager.query(
        `INSERT INTO question_me_toos (question_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [target.id, userId],
      );
      if (!inserted) continue;
      landed++;
      await this.reputation.grant(manager, {
        userId: target.authorId,
        key: ledgerKeys.meToo(target.id, userId),
        reason: PointsReason.ME_TOO_RECEIVED,
        amount: rules.meTooReceived,
        groupLimit: rules.maxRewardedMeToosPerQuestion * rules.meTooReceived,
        questionId: target.id,
        communityId: target.communityId,
        actorId: userId,
      });
    }
    await manager.query(`UPDATE questions SET me_too_count = (SELECT count(*) FROM question_me_toos WHERE question_id = $1) WHERE id = $1`, [
      target.id,
    ]);
    return landed;
  }

  private async lockInOrder(manager: EntityManager, a: string, b: string): Promise<[Question, Question]> {
    const [low, high] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
    return [await this.lockQuestion(manager, low), await this.lockQuestion(manager, high)];
  }

  private async lockQuestion(manager: EntityManager, id: string): Promise<Question> {
    return (await lockPost(manager, { kind: 'question', id })) as Question;
  }
}

function questionTarget(id: string) {
  return { type: ModerationTargetType.QUESTION, id };
}
