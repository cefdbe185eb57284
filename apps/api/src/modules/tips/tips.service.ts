import { isStaff, PointsReason, PostKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../core/database/transaction';
import { forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { BADGES_AFTER, BadgesService } from '../badges/badges.service';
import { LiveEvents } from '../live/live-events.service';
import { Question } from '../questions/question.entity';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { User } from '../users/user.entity';
import { TipHelpfulVote } from './tip-helpful-vote.entity';

/** Helpful marks on User Tips: like those on answers, worth more, with a limit per tip. */
@Injectable()
export class TipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
  ) {}

  mark(voter: User, rawTipId: string): Promise<Question> {
    const tipId = parseId(rawTipId, 'tipId');
    return inTransaction(this.dataSource, async (manager) => {
      const tip = await this.findTip(manager, tipId, voter);
      if (tip.authorId === voter.id) throw forbidden('You cannot mark your own User Tip as helpful.');
      if (tip.removedAt) throw forbidden('This User Tip was removed by a moderator.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(TipHelpfulVote)
        .values({ tipId, userId: voter.id })
        .orIgnore()
        .returning(['tip_id'])
        .execute();
      if (inserted.raw.length === 0) return manager.findOneByOrFail(Question, { id: tipId });
      await manager.increment(Question, { id: tipId }, 'helpfulCount', 1);
      const { rules } = this.reputation;
      await this.reputation.grant(manager, {
        userId: tip.authorId,
        key: ledgerKeys.tipHelpful(tipId, voter.id),
        reason: PointsReason.TIP_MARKED_HELPFUL,
        amount: rules.tipMarkedHelpful,
        groupLimit: rules.maxPointsPerTip,
        questionId: tipId,
        communityId: tip.communityId,
        actorId: voter.id,
      });
      await this.badges.evaluate(manager, tip.authorId, tip.communityId, BADGES_AFTER.helpfulMarkOnTip);
      this.live.tipHelpfulChanged(manager, tip);
      return manager.findOneByOrFail(Question, { id: tipId });
    });
  }

  unmark(voter: User, rawTipId: string): Promise<Question> {
    const tipId = parseId(rawTipId, 'tipId');
    return inTransaction(this.dataSource, async (manager) => {
      const tip = await this.findTip(manager, tipId, voter);
      const deleted = await manager.delete(TipHelpfulVote, { tipId, userId: voter.id });
      if (deleted.affected) {
        await manager.decrement(Question, { id: tipId }, 'helpfulCount', 1);
        await this.reputation.revoke(manager, {
          userId: tip.authorId,
          key: ledgerKeys.tipHelpful(tipId, voter.id),
          reason: PointsReason.TIP_UNMARKED_HELPFUL,
          questionId: tipId,
          communityId: tip.communityId,
          actorId: voter.id,
        });
        this.live.tipHelpfulChanged(manager, tip);
      }
      return manager.findOneByOrFail(Question, { id: tipId });
    });
  }

  private async findTip(manager: EntityManager, tipId: string, viewer: User): Promise<Question> {
    const tip = await manager.findOneBy(Question, { id: tipId, kind: PostKind.USER_TIP });
    if (!tip || (tip.removedAt && !isStaff(viewer.role) && tip.authorId !== viewer.id)) throw notFound('User Tip');
    return tip;
  }
}
