import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
 * follows and notifications the event implies there, and queues the live events, which go out only
 * after the commit.
 */
@Injectable()
export class LiveEvents {
  constructor(
    private readonly publisher: AfterCommitPublisher,
    private readonly notifications: NotificationsService,
    private readonly follows: FollowsService,
  ) {}

  async questionAsked(manager: EntityManager, question: Question): Promise<void> {
    await this.follows.followQuestionIn(manager, question.authorId, question.id);
    await this.notifications.notifyQuestionAsked(manager, question);
  }

  /** Edited, solution accepted or moved, recommended answer changed, removed or restored... */
  questionUpdated(manager: EntityManager, question: Question): void {
    this.publisher.publish(manager, liveTopics.questionUpdated(question.id), { question: { ...question } } satisfies QuestionEvent);
  }

  async answerPosted(manager: EntityManager, answer: Answer, question: Question): Promise<void> {
    await this.follows.followQuestionIn(manager, answer.authorId, question.id);
    await this.notifications.notifyAnswerPosted(manager, answer, question);
    this.publisher.publish(manager, liveTopics.answerPosted(question.id), { questionId: question.id, answer: { ...answer } } satisfies AnswerEvent);
    // Posting ends "is writing an answer" at once rather than after the 30 s expiry.
    this.publisher.publish(manager, liveTopics.composing, { questionId: question.id, userId: answer.authorId, composing: false } satisfies ComposingSignal);
  }

  /** Edited, helpful count changed, recommended, removed or restored. */
  answerUpdated(manager: EntityManager, answer: Answer): void {
    const event: AnswerEvent = { questionId: answer.questionId, answer: { ...answer } };
    this.publisher.publish(manager, liveTopics.answerUpdated(answer.questionId), event);
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
  }

  async answerRecommended(manager: EntityManager, answer: Answer, moderatorId: string): Promise<void> {
    if (answer.recommendedAt) await this.notifications.notifyAnswerRecommended(manager, answer, moderatorId);
    this.answerUpdated(manager, answer);
    this.questionUpdated(manager, await manager.findOneByOrFail(Question, { id: answer.questionId }));
  }

  /** A moderator removed or restored a post. */
  postModerated(manager: EntityManager, post: Question | Answer): void {
    if ('questionId' in post) this.answerUpdated(manager, post);
    else this.questionUpdated(manager, post);
  }
}
