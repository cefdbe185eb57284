import { HiddenReason, ModerationActionType, QueueItemKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../core/database/transaction';
import { forbidden } from '../../core/graphql/errors';
import { Answer } from '../answers/answer.entity';
import { LiveEvents } from '../live/live-events.service';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';
import { ModerationLog } from './audit/moderation-log.service';
import { PostRef, postRef } from './post-ref';
import { QueueService } from './queue/queue.service';
import { assertMayActOnPost, lockPost, targetOf } from './targets';

/**
 * Hiding is reversible and moves no points: a post out of sight pending review (reports, filters, a
 * moderator) keeps what it earned. Only a removal (ModerationService.remove) takes points back.
 */
@Injectable()
export class PostVisibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLog,
    private readonly queue: QueueService,
    private readonly live: LiveEvents,
  ) {}

  hide(
    moderator: User,
    input: {
      questionId?: string | null;
      answerId?: string | null;
      note?: string | null;
    },
  ): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await lockPost(manager, ref);
      await assertMayActOnPost(manager, moderator, post);
      if (post.removedAt) throw forbidden('This post is removed already; restore it first.');
      const before = { hiddenReason: post.hiddenReason };
      if (post.hiddenReason !== HiddenReason.MODERATOR) {
        Object.assign(post, {
          hiddenAt: post.hiddenAt ?? new Date(),
          hiddenReason: HiddenReason.MODERATOR,
        });
        await manager.save(post);
        await this.live.postModerated(manager, post);
      }
      await this.queue.resolveTarget(manager, targetOf(ref), moderator.id);
      await this.log.record(manager, {
        actorId: moderator.id,
        action: ModerationActionType.HIDE_POST,
        target: targetOf(ref),
        subjectUserId: post.authorId,
        note: input.note ?? null,
        before,
        after: { hiddenReason: HiddenReason.MODERATOR },
      });
      return post;
    });
  }

  /** Publishes a hidden or held post and dismisses its reports. */
  approve(
    moderator: User,
    input: {
      questionId?: string | null;
      answerId?: string | null;
      note?: string | null;
    },
  ): Promise<Question | Answer> {
    const ref = postRef(input);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await this.show(manager, moderator, ref);
      await this.log.record(manager, {
        actorId: moderator.id,
        action: ModerationActionType.APPROVE_POST,
        target: targetOf(ref),
        subjectUserId: post.authorId,
        note: input.note ?? null,
      });
      return post;
    });
  }

  /** Makes the post visible again (unless removed) and settles its queue item; no log entry. */
  async show(manager: EntityManager, moderator: User, ref: PostRef): Promise<Question | Answer> {
    const post = await lockPost(manager, ref);
    if (post.hiddenAt) {
      Object.assign(post, { hiddenAt: null, hiddenReason: null });
      await manager.save(post);
      await this.live.postModerated(manager, post);
    }
    await this.queue.resolveTarget(manager, targetOf(ref), moderator.id);
    return post;
  }

  /** Enough members reported it: out of sight at once, in the queue as auto-hidden. */
  async hideForReports(manager: EntityManager, ref: PostRef, post: Question | Answer, reporters: number): Promise<void> {
    Object.assign(post, {
      hiddenAt: new Date(),
      hiddenReason: HiddenReason.REPORTED,
    });
    await manager.save(post);
    await this.live.postModerated(manager, post);
    await this.queue.enqueue(manager, QueueItemKind.AUTO_HIDDEN, targetOf(ref));
    await this.log.record(manager, {
      actorId: null,
      action: ModerationActionType.AUTO_HIDE_POST,
      target: targetOf(ref),
      subjectUserId: post.authorId,
      reason: HiddenReason.REPORTED,
      after: { reporters },
    });
  }

  /** An automatic filter held a new or edited post: unpublished until staff approve it. */
  async holdForReview(manager: EntityManager, ref: PostRef, holdReason: string): Promise<void> {
    const post = await lockPost(manager, ref);
    if (post.hiddenReason !== HiddenReason.PENDING_REVIEW) {
      Object.assign(post, {
        hiddenAt: new Date(),
        hiddenReason: HiddenReason.PENDING_REVIEW,
      });
      await manager.save(post);
    }
    await this.queue.enqueue(manager, QueueItemKind.PRE_MODERATED, targetOf(ref), holdReason);
    await this.log.record(manager, {
      actorId: null,
      action: ModerationActionType.HOLD_POST,
      target: targetOf(ref),
      subjectUserId: post.authorId,
      reason: HiddenReason.PENDING_REVIEW,
      note: holdReason,
    });
  }
}
