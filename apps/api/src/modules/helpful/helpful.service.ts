import { isStaff, PointsReason } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../core/database/transaction';
import { forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { Answer } from '../answers/answer.entity';
import { BadgesService } from '../badges/badges.service';
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
   * INSERT waits for the first to commit, then inserts nothing, so points are given once.
   */
  mark(voter: User, rawAnswerId: string): Promise<Answer> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const { answer, question } = await this.findAnswer(manager, answerId, voter);
      if (answer.authorId === voter.id) throw forbidden('You cannot mark your own answer as helpful.');
      if (answer.removedAt || question.removedAt) throw forbidden('This answer was removed by a moderator.');
      if (answer.hiddenAt || question.hiddenAt) throw forbidden('This answer is hidden while moderators review it.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(HelpfulVote)
        .values({ answerId, userId: voter.id })
        .orIgnore()
        .returning(['answer_id'])
        .execute();
      // Already marked (perhaps by a concurrent request that has just committed): report what is stored now.
      if (inserted.raw.length === 0) return this.reload(manager, answerId);
      await manager.increment(Answer, { id: answerId }, 'helpfulCount', 1);
      const { rules } = this.reputation;
      await this.reputation.grant(manager, {
        userId: answer.authorId,
        key: ledgerKeys.helpful(answerId, voter.id),
        reason: PointsReason.ANSWER_MARKED_HELPFUL,
        amount: rules.answerMarkedHelpful,
        groupLimit: rules.maxRewardedHelpfulMarksPerAnswer * rules.answerMarkedHelpful,
        answerId,
        questionId: question.id,
        communityId: question.communityId,
        actorId: voter.id,
      });
      await this.badges.evaluate(manager, answer.authorId, question.communityId);
      await this.live.helpfulMarked(manager, answerId, voter.id);
      return this.reload(manager, answerId);
    });
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
      await this.live.helpfulUnmarked(manager, answerId);
      return this.reload(manager, answerId);
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
