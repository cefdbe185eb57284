import { PENALISED_REMOVAL_REASONS, PointsReason, Role } from '@agora/shared';
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
import { RemovePostInput } from './dto/moderation.inputs';
import { PostRef, postRef } from './post-ref';
import { stillEarns } from './still-earns';

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
  ) {}

  remove(moderator: User, input: RemovePostInput): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await this.lockPost(manager, ref);
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
      this.live.postModerated(manager, post);
      return post;
    });
  }

  restore(moderator: User, input: { questionId?: string | null; answerId?: string | null }): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await this.lockPost(manager, ref);
      if (!post.removedAt) return post;
      Object.assign(post, { removedAt: null, removalReason: null, removedById: null });
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
      this.live.postModerated(manager, post);
      return post;
    });
  }

  /** "Recommended by the brand": shown above other answers, worth points once per answer. */
  recommend(moderator: User, rawAnswerId: string, recommended: boolean): Promise<Answer> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const answer = (await this.lockPost(manager, { kind: 'answer', id: answerId })) as Answer;
      if (answer.removedAt) throw forbidden('A removed answer cannot be recommended.');
      if (!!answer.recommendedAt === recommended) return answer;
      Object.assign(answer, { recommendedAt: recommended ? new Date() : null, recommendedById: recommended ? moderator.id : null });
      await manager.save(answer);
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
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw notFound('User');
      user.role = role;
      await manager.save(user);
      await this.badges.evaluate(manager, user.id);
      return user;
    });
  }

  private postFilter(ref: PostRef) {
    return ref.kind === 'answer' ? { answerId: ref.id } : { questionId: ref.id };
  }

  private async lockPost(manager: EntityManager, ref: PostRef): Promise<Question | Answer> {
    const entity = ref.kind === 'answer' ? Answer : Question;
    const post = await manager.findOne<Question | Answer>(entity, { where: { id: ref.id }, lock: { mode: 'pessimistic_write' } });
    if (!post) throw notFound(ref.kind === 'answer' ? 'Answer' : 'Question');
    return post;
  }

  private async sourceOf(manager: EntityManager, ref: PostRef, post: Question | Answer) {
    const question = ref.kind === 'answer' ? await manager.findOneByOrFail(Question, { id: (post as Answer).questionId }) : (post as Question);
    return { questionId: question.id, answerId: ref.kind === 'answer' ? ref.id : null, communityId: question.communityId };
  }
}
