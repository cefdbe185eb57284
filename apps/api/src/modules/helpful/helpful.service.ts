import { isStaff, PointsReason } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { entityRows } from '../../core/database/entity-rows';
import { prepared } from '../../core/database/prepared';
import { inTransaction } from '../../core/database/transaction';
import { forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { Answer } from '../answers/answer.entity';
import { BADGES_AFTER, BadgesService, crossesBadgeThreshold } from '../badges/badges.service';
import { Question } from '../questions/question.entity';
import { LiveEvents } from '../live/live-events.service';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { User } from '../users/user.entity';
import { HelpfulVote } from './helpful-vote.entity';

@Injectable()
export class HelpfulService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * The vote row's primary key makes a second mark a no-op even when two arrive at once: the second
   * INSERT waits for the first to commit, then inserts nothing, so points are given once. Two
   * statements in the transaction on the way that counts: the vote (which also locks the author and
   * writes the notification), and the grant (which also reads the author's badge standing).
   */
  mark(voter: User, rawAnswerId: string): Promise<Answer> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const vote = await this.castVote(manager, answerId, voter);
      if (!vote) throw notFound('Answer');
      const { answer, question, counted } = vote;
      if (answer.removedAt && !isStaff(voter.role) && answer.authorId !== voter.id) throw notFound('Answer');
      if (answer.authorId === voter.id) throw forbidden('You cannot mark your own answer as helpful.');
      if (answer.removedAt || question.removedAt) throw forbidden('This answer was removed by a moderator.');
      if (answer.hiddenAt || question.hiddenAt) throw forbidden('This answer is hidden while moderators review it.');
      // Already marked (perhaps by a concurrent request that has just committed): report what is stored now.
      if (!counted) return this.reload(manager, answerId);
      const { rules } = this.reputation;
      // Only this answer's count moved, so the one-answer badges are in play only when it reaches one.
      const badgeKinds = BADGES_AFTER.helpfulMarkOnAnswer.filter(
        (kind) => kind !== 'helpfulMarksOnOneAnswer' || crossesBadgeThreshold(kind, counted.helpfulCount - 1, counted.helpfulCount),
      );
      const granted = await this.reputation.grant(
        manager,
        {
          userId: counted.authorId,
          key: ledgerKeys.helpful(answerId, voter.id),
          reason: PointsReason.ANSWER_MARKED_HELPFUL,
          amount: rules.answerMarkedHelpful,
          groupLimit: rules.maxRewardedHelpfulMarksPerAnswer * rules.answerMarkedHelpful,
          answerId,
          questionId: question.id,
          communityId: question.communityId,
          actorId: voter.id,
        },
        { userLocked: true, alsoSelect: (param) => this.badges.standingSelect('$1', question.communityId, badgeKinds, param) },
      );
      await this.badges.evaluate(manager, counted.authorId, question.communityId, badgeKinds, { standing: granted.also, reputation: granted.reputation });
      this.live.helpfulMarked(manager, counted, vote.notice, vote.row);
      return counted;
    });
  }

  /**
   * One statement for the hot path: reads the answer and its question, records the vote when the
   * answer may take one, counts it, locks its author for the grant that follows (after the answer's
   * row, the order every mark takes them in) and notifies them, returning the counted answer (null
   * when nothing was recorded). The rules are checked again in `mark` to say why nothing was recorded.
   */
  private async castVote(manager: EntityManager, answerId: string, voter: User) {
    const params: unknown[] = [answerId, voter.id];
    // Its recipient is the locked author, so the lock comes first.
    const notice = this.live.helpfulMarkNotice(answerId, '(SELECT id FROM author)', '(SELECT question_id FROM counted)', voter.id, (value) => `$${params.push(value)}`);
    const [row] = await manager.query(
      prepared(`WITH target AS (
         SELECT a.author_id, a.removed_at, a.hidden_at, a.question_id,
                q.community_id, q.removed_at AS question_removed_at, q.hidden_at AS question_hidden_at
           FROM answers a JOIN questions q ON q.id = a.question_id
          WHERE a.id = $1
       ), vote AS (
         INSERT INTO helpful_votes (answer_id, user_id)
         SELECT $1, $2 FROM target
          WHERE author_id <> $2 AND removed_at IS NULL AND hidden_at IS NULL AND question_removed_at IS NULL AND question_hidden_at IS NULL
         ON CONFLICT DO NOTHING
         RETURNING answer_id
       ), counted AS (
         UPDATE answers SET helpful_count = helpful_count + 1, updated_at = now()
          WHERE id = (SELECT answer_id FROM vote)
         RETURNING *
       ), author AS (
         SELECT id FROM users WHERE id = (SELECT author_id FROM counted) FOR NO KEY UPDATE
       ), ${notice.cte}
       SELECT target.*, ${entityRows(this.dataSource, Answer).select('counted')}, ${notice.name}.*
         FROM target LEFT JOIN counted ON true LEFT JOIN ${notice.name} ON true`),
      params,
    );
    if (!row) return null;
    return {
      answer: { authorId: String(row.author_id), removedAt: row.removed_at as Date | null, hiddenAt: row.hidden_at as Date | null },
      question: { id: String(row.question_id), communityId: String(row.community_id), removedAt: row.question_removed_at, hiddenAt: row.question_hidden_at },
      counted: entityRows(this.dataSource, Answer).read(row, 'counted'),
      notice,
      row,
    };
  }

  unmark(voter: User, rawAnswerId: string): Promise<Answer> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const { answer, question } = await this.findAnswer(manager, answerId, voter);
      const deleted = await manager.delete(HelpfulVote, { answerId, userId: voter.id });
      if (!deleted.affected) return this.reload(manager, answerId);
      await manager.decrement(Answer, { id: answerId }, 'helpfulCount', 1);
      await this.reputation.revoke(manager, {
        userId: answer.authorId,
        key: ledgerKeys.helpful(answerId, voter.id),
        reason: PointsReason.ANSWER_UNMARKED_HELPFUL,
        answerId,
        questionId: question.id,
        communityId: question.communityId,
        actorId: voter.id,
      });
      const unmarked = await this.reload(manager, answerId);
      this.live.answerUpdated(manager, unmarked);
      return unmarked;
    });
  }

  private async findAnswer(manager: EntityManager, answerId: string, viewer: User) {
    const answer = await manager.findOneBy(Answer, { id: answerId });
    if (!answer || (answer.removedAt && !isStaff(viewer.role) && answer.authorId !== viewer.id)) throw notFound('Answer');
    const question = await manager.findOneByOrFail(Question, { id: answer.questionId });
    return { answer, question };
  }

  private reload(manager: EntityManager, answerId: string): Promise<Answer> {
    return manager.findOneByOrFail(Answer, { id: answerId });
  }
}
