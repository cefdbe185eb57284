import { levelFor } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnonymousCacheSync } from '../../core/anonymous-cache/anonymous-cache-sync';
import { ALL_LIST_FACETS, listTagsOf, readTags } from '../../core/anonymous-cache/read-tags';
import { AfterCommitPublisher } from '../../core/pubsub/after-commit-publisher';
import { Answer } from '../answers/answer.entity';
import { FollowsService } from '../follows/follows.service';
import { NotificationsService, NotificationWithin } from '../notifications/notifications.service';
import { Question } from '../questions/question.entity';
import { ComposingSignal } from './composing.dto';
import { liveTopics } from './live-topics';

export interface AnswerEvent {
  questionId: string;
  answer: Answer;
}

export interface QuestionEvent {
  question: Question;
}

/**
 * What the Q&A services call, one line each, inside the transaction of what happened: it writes the
 * follows and notifications the event implies there, and queues the live events and the anonymous
 * cache's invalidations (read-tags.ts), which go out only after the commit.
 *
 * Invalidations name everything a signed-out response may show that the event changed. Where that
 * is hard to bound, they name more: any change to a question drops every list and search.
 */
@Injectable()
export class LiveEvents {
  constructor(
    private readonly publisher: AfterCommitPublisher,
    private readonly notifications: NotificationsService,
    private readonly follows: FollowsService,
    private readonly readCache: AnonymousCacheSync,
  ) {}

  /** Asked, or a User Tip published. */
  async questionAsked(manager: EntityManager, question: Question): Promise<void> {
    await this.follows.followQuestionIn(manager, question.authorId, question.id);
    await this.notifications.notifyQuestionAsked(manager, question);
    // Its own tag too: a page may have cached "no such question" for the id.
    this.readCache.invalidate(manager, [
      readTags.question(question.id),
      ...listTagsOf(question, ['membership']),
      readTags.search,
      readTags.profile(question.authorId),
    ]);
  }

  /**
   * Edited, solution accepted or moved, recommended answer changed, removed or restored, locked,
   * pinned, merged... `movedFrom`: the community it left, whose lists change too.
   */
  questionUpdated(manager: EntityManager, question: Question, movedFrom?: string): void {
    this.publisher.publish(manager, liveTopics.questionUpdated(question.id), { question: { ...question } } satisfies QuestionEvent);
    this.readCache.invalidate(manager, [
      readTags.question(question.id),
      ...listTagsOf(question, ALL_LIST_FACETS),
      ...(movedFrom ? listTagsOf({ ...question, communityId: movedFrom }, ALL_LIST_FACETS) : []),
      readTags.search,
      readTags.profile(question.authorId), // its counts: questions asked, helpful marks on tips
    ]);
  }

  async answerPosted(manager: EntityManager, answer: Answer, question: Question): Promise<void> {
    await this.follows.followQuestionIn(manager, answer.authorId, question.id);
    await this.notifications.notifyAnswerPosted(manager, answer, question);
    this.publisher.publish(manager, liveTopics.answerPosted(question.id), { questionId: question.id, answer: { ...answer } } satisfies AnswerEvent);
    // Posting ends "is writing an answer" at once rather than after the 30 s expiry.
    this.publisher.publish(manager, liveTopics.composing, { questionId: question.id, userId: answer.authorId, composing: false } satisfies ComposingSignal);
    this.readCache.invalidate(manager, [
      readTags.question(question.id),
      readTags.profile(answer.authorId),
      readTags.search,
      // `question` as read before the post: its first answer moves it out of the unanswered lists.
      ...(question.answerCount === 0 ? listTagsOf(question, ['answered']) : []),
    ]);
  }

  /** Edited, helpful count changed, recommended, removed or restored. */
  answerUpdated(manager: EntityManager, answer: Answer): void {
    const event: AnswerEvent = { questionId: answer.questionId, answer: { ...answer } };
    this.publisher.publish(manager, liveTopics.answerUpdated(answer.questionId), event);
    // Search ranks by the answers' text and helpful marks; the author's profile counts their marks.
    this.readCache.invalidate(manager, [readTags.question(answer.questionId), readTags.profile(answer.authorId), readTags.search]);
  }

  /**
   * The notification a helpful mark writes, for the statement that records the mark to write too (see
   * NotificationWithin): it knows the answer's author and question as SQL of its own.
   */
  helpfulMarkNotice(answerId: string, authorSql: string, questionSql: string, voterId: string, param: (value: unknown) => string): NotificationWithin {
    return this.notifications.answerHelpfulWithin('helpful_notice', answerId, authorSql, questionSql, voterId, param);
  }

  /** `answer` as it is after the mark; `notice` and `row`, the notification its statement wrote. */
  helpfulMarked(manager: EntityManager, answer: Answer, notice: NotificationWithin, row: Record<string, unknown>): void {
    notice.publish(manager, row);
    this.answerUpdated(manager, answer);
  }

  /** `solution` is the newly accepted answer, or null when the solution was withdrawn. */
  async solutionChanged(manager: EntityManager, question: Question, solution: Answer | null, actorId: string): Promise<void> {
    if (solution) await this.notifications.notifyAnswerAccepted(manager, solution, actorId);
    this.questionUpdated(manager, question);
    if (solution) this.readCache.invalidate(manager, [readTags.profile(solution.authorId)]); // their solution count
  }

  /** `previous` is no longer the solution (another was chosen, or none). */
  solutionWithdrawn(manager: EntityManager, previous: Answer): void {
    this.readCache.invalidate(manager, [readTags.profile(previous.authorId)]);
  }

  async answerRecommended(manager: EntityManager, answer: Answer, moderatorId: string): Promise<void> {
    if (answer.recommendedAt) await this.notifications.notifyAnswerRecommended(manager, answer, moderatorId);
    this.answerUpdated(manager, answer);
    this.questionUpdated(manager, await manager.findOneByOrFail(Question, { id: answer.questionId }));
  }

  /** A moderator (or members' reports) hid, removed, restored or approved a post. */
  async postModerated(manager: EntityManager, post: Question | Answer): Promise<void> {
    if (!('questionId' in post)) return this.questionUpdated(manager, post);
    this.answerUpdated(manager, post);
    // Removing or restoring an answer changes its question's answer count, which lists filter on.
    this.readCache.invalidate(manager, listTagsOf(await manager.findOneByOrFail(Question, { id: post.questionId }), ['answered']));
  }

  /** Someone said "me too", or took it back. */
  meTooChanged(manager: EntityManager, questionId: string): void {
    this.readCache.invalidate(manager, [readTags.question(questionId)]);
  }

  /** A User Tip was marked helpful, or unmarked. */
  tipHelpfulChanged(manager: EntityManager, tip: Question): void {
    this.readCache.invalidate(manager, [readTags.question(tip.id), readTags.profile(tip.authorId)]);
  }

  /**
   * `amount` points moved for `userId`, who now has `reputation` (ReputationService, the only writer
   * of points). Their level is shown next to every post they wrote: pages showing them are dropped only
   * when it changes; their profile and the leaderboards at every change.
   */
  pointsChanged(manager: EntityManager, userId: string, reputation: number, amount: number): void {
    const levelChanged = levelFor(reputation) !== levelFor(reputation - amount);
    this.readCache.invalidate(manager, [readTags.profile(userId), readTags.leaderboard, ...(levelChanged ? [readTags.user(userId)] : [])]);
  }

  /** Badges were awarded to these members, or taken back (BadgesService). */
  badgesChanged(manager: EntityManager, userIds: readonly string[]): void {
    if (userIds.length) this.readCache.invalidate(manager, [readTags.badges, ...userIds.map(readTags.profile)]);
  }

  /** A member's role or suspension changed. */
  memberChanged(manager: EntityManager, userId: string): void {
    this.readCache.invalidate(manager, [readTags.user(userId), readTags.profile(userId)]);
  }

  /** A new account: a page may have cached "no such member" for its id. */
  memberJoined(manager: EntityManager, userId: string): void {
    this.readCache.invalidate(manager, [readTags.user(userId), readTags.profile(userId)]);
  }
}
