import { ModerationActionType, ModerationTargetType, PENALISED_REMOVAL_REASONS, PointsReason, Role } from '@agora/shared';
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
import { ModerationLog } from './audit/moderation-log.service';
import { RemovePostInput } from './dto/moderation.inputs';
import { PostRef, postRef } from './post-ref';
import { QueueService } from './queue/queue.service';
import { stillEarns } from './still-earns';
import { assertMayActOn, assertMayActOnPost, lockPost, targetOf } from './targets';

/**
 * Staff actions that move points: removing a post takes back everything it earned (and, for spam or
 * abuse, costs its author a penalty); restoring it gives back exactly what still stands.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
    private readonly log: ModerationLog,
    private readonly queue: QueueService,
  ) {}

  remove(moderator: User, input: RemovePostInput): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await lockPost(manager, ref);
      await assertMayActOnPost(manager, moderator, post);
      if (post.removedAt) return post;
      Object.assign(post, { removedAt: new Date(), removalReason: input.reason, removedById: moderator.id });
      await manager.save(post);
      if (ref.kind === 'answer') await manager.decrement(Question, { id: (post as Answer).questionId }, 'answerCount', 1);
      const source = await this.sourceOf(manager, ref, post);
      for (const { key, held } of await this.reputation.keysOfPost(manager, post.authorId, this.postFilter(ref))) {
        if (held !== 0) await this.reputation.revoke(manager, { userId: post.authorId, key, reason: PointsReason.POST_REMOVED, ...source });
      }
      if (PENALISED_REMOVAL_REASONS.includes(input.reason)) {
        await this.reputation.grant(manager, {
          userId: post.authorId,
          key: ledgerKeys.penalty(ref.kind, ref.id),
          reason: PointsReason.REMOVED_AS_SPAM_OR_ABUSE,
          amount: this.reputation.rules.removedAsSpamOrAbuse,
          ...source,
          actorId: moderator.id,
        });
      }
      await this.live.postModerated(manager, post);
      await this.queue.resolveTarget(manager, targetOf(ref), moderator.id);
      await this.log.record(manager, {
        actorId: moderator.id,
        action: ModerationActionType.REMOVE_POST,
        target: targetOf(ref),
        subjectUserId: post.authorId,
        reason: input.reason,
        note: input.note ?? null,
      });
      return post;
    });
  }

  restore(moderator: User, input: { questionId?: string | null; answerId?: string | null; note?: string | null }): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, (manager) => this.restoreIn(manager, moderator, ref, input.note ?? null));
  }

  /** Undoes a removal (and any hiding): the post is public again with the points that still stand. */
  async restoreIn(manager: EntityManager, moderator: User, ref: PostRef, note: string | null): Promise<Question | Answer> {
    const post = await lockPost(manager, ref);
    if (!post.removedAt && !post.hiddenAt) return post;
    await this.queue.resolveTarget(manager, targetOf(ref), moderator.id);
    const before = { removalReason: post.removalReason, hiddenReason: post.hiddenReason };
    await this.log.record(manager, { actorId: moderator.id, action: ModerationActionType.RESTORE_POST, target: targetOf(ref), subjectUserId: post.authorId, note, before });
    if (!post.removedAt) {
      Object.assign(post, { hiddenAt: null, hiddenReason: null });
      await this.live.postModerated(manager, post);
      return manager.save(post);
    }
    Object.assign(post, { removedAt: null, removalReason: null, removedById: null, hiddenAt: null, hiddenReason: null });
    await manager.save(post);
    if (ref.kind === 'answer') await manager.increment(Question, { id: (post as Answer).questionId }, 'answerCount', 1);
    const source = { ...(await this.sourceOf(manager, ref, post)), actorId: moderator.id };
    for (const { key } of await this.reputation.keysOfPost(manager, post.authorId, this.postFilter(ref))) {
      if (await stillEarns(manager, key)) {
        await this.reputation.reinstate(manager, { userId: post.authorId, key, reason: PointsReason.POST_RESTORED, ...source });
      }
    }
    await this.reputation.revoke(manager, {
      userId: post.authorId,
      key: ledgerKeys.penalty(ref.kind, ref.id),
      reason: PointsReason.PENALTY_LIFTED,
      ...source,
    });
    await this.badges.evaluate(manager, post.authorId, source.communityId);
    await this.live.postModerated(manager, post);
    return post;
  }

  /** "Recommended by the brand": shown above other answers, worth points once per answer. */
  recommend(moderator: User, rawAnswerId: string, recommended: boolean): Promise<Answer> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const answer = (await lockPost(manager, { kind: 'answer', id: answerId })) as Answer;
      if (answer.removedAt) throw forbidden('A removed answer cannot be recommended.');
      if (!!answer.recommendedAt === recommended) return answer;
      Object.assign(answer, { recommendedAt: recommended ? new Date() : null, recommendedById: recommended ? moderator.id : null });
      await manager.save(answer);
      await this.log.record(manager, {
        actorId: moderator.id,
        action: recommended ? ModerationActionType.RECOMMEND_ANSWER : ModerationActionType.UNRECOMMEND_ANSWER,
        target: targetOf({ kind: 'answer', id: answerId }),
        subjectUserId: answer.authorId,
      });
      const source = { ...(await this.sourceOf(manager, { kind: 'answer', id: answerId }, answer)), actorId: moderator.id };
      const key = ledgerKeys.recommended(answerId);
      if (!recommended) {
        await this.reputation.revoke(manager, { userId: answer.authorId, key, reason: PointsReason.ANSWER_UNRECOMMENDED, ...source });
      } else if (answer.authorId !== moderator.id) {
        await this.reputation.grant(manager, {
          userId: answer.authorId,
          key,
          reason: PointsReason.ANSWER_RECOMMENDED,
          amount: this.reputation.rules.answerRecommended,
          ...source,
        });
        await this.badges.evaluate(manager, answer.authorId, source.communityId);
      }
      await this.live.answerRecommended(manager, answer, moderator.id);
      return answer;
    });
  }

  setRole(admin: User, rawUserId: string, role: Role): Promise<User> {
    const userId = parseId(rawUserId, 'userId');
    if (userId === admin.id) throw forbidden('You cannot change your own role.');
    return inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      assertMayActOn(admin, user);
      if (user.role === role) return user;
      const before = { role: user.role };
      user.role = role;
      await manager.save(user);
      await this.log.record(manager, {
        actorId: admin.id,
        action: ModerationActionType.CHANGE_ROLE,
        target: { type: ModerationTargetType.USER, id: user.id },
        subjectUserId: user.id,
        before,
        after: { role },
      });
      await this.badges.evaluate(manager, user.id);
      this.live.memberChanged(manager, user.id);
      return user;
    });
  }

  private postFilter(ref: PostRef) {
    return ref.kind === 'answer' ? { answerId: ref.id } : { questionId: ref.id };
  }

  private async sourceOf(manager: EntityManager, ref: PostRef, post: Question | Answer) {
    const question = ref.kind === 'answer' ? await manager.findOneByOrFail(Question, { id: (post as Answer).questionId }) : (post as Question);
    return { questionId: question.id, answerId: ref.kind === 'answer' ? ref.id : null, communityId: question.communityId };
  }
}
