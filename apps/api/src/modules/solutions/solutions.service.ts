import { isStaff, PointsReason, PostKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../core/database/transaction';
import { forbidden, notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { Answer } from '../answers/answer.entity';
import { BADGES_AFTER, BadgesService } from '../badges/badges.service';
import { Question } from '../questions/question.entity';
import { LiveEvents } from '../live/live-events.service';
import { ledgerKeys } from '../reputation/ledger-keys';
import { ReputationService } from '../reputation/reputation.service';
import { User } from '../users/user.entity';

@Injectable()
export class SolutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reputation: ReputationService,
    private readonly badges: BadgesService,
    private readonly live: LiveEvents,
  ) {}

  /** The asker or staff picks the answer that solved it; picking another moves the solution and its points. */
  accept(actor: User, rawAnswerId: string): Promise<Question> {
    const answerId = parseId(rawAnswerId, 'answerId');
    return inTransaction(this.dataSource, async (manager) => {
      const answer = await manager.findOneBy(Answer, { id: answerId });
      if (!answer) throw notFound('Answer');
      // The lock serialises every change of this question's solution.
      const question = await this.lockQuestion(manager, answer.questionId);
      const staff = isStaff(actor.role);
      if (question.authorId !== actor.id && !staff) {
        throw forbidden('Only the person who asked, or a moderator, can choose the solution.');
      }
      if (answer.authorId === actor.id && !staff) throw forbidden('You cannot accept your own answer as the solution.');
      if (answer.removedAt || question.removedAt) throw forbidden('A removed post cannot be the solution.');
      if (question.kind !== PostKind.QUESTION) throw forbidden('User Tips have no solution.');
      if (question.solutionAnswerId === answerId) return question;

      if (question.solutionAnswerId) await this.revokeSolution(manager, question, question.solutionAnswerId);
      question.solutionAnswerId = answerId;
      question.solvedAt = new Date();
      await manager.save(question);
      if (answer.authorId !== actor.id) {
        await this.reputation.grant(manager, {
          userId: answer.authorId,
          key: ledgerKeys.accepted(answerId),
          reason: PointsReason.ANSWER_ACCEPTED,
          amount: this.reputation.rules.answerAccepted,
          answerId,
          questionId: question.id,
          communityId: question.communityId,
          actorId: actor.id,
        });
      }
      await this.settleAccepterBonus(manager, question, answer, actor);
      await this.badges.evaluate(manager, answer.authorId, question.communityId, BADGES_AFTER.solutionAccepted);
      await this.badges.evaluate(manager, question.authorId, question.communityId, BADGES_AFTER.pointsChanged);
      await this.live.solutionChanged(manager, question, answer, actor.id);
      return question;
    });
  }

  unaccept(actor: User, rawQuestionId: string): Promise<Question> {
    const questionId = parseId(rawQuestionId, 'questionId');
    return inTransaction(this.dataSource, async (manager) => {
      const question = await this.lockQuestion(manager, questionId);
      if (question.authorId !== actor.id && !isStaff(actor.role)) {
        throw forbidden('Only the person who asked, or a moderator, can change the solution.');
      }
      if (!question.solutionAnswerId) return question;
      await this.revokeSolution(manager, question, question.solutionAnswerId);
      question.solutionAnswerId = null;
      question.solvedAt = null;
      await manager.save(question);
      await this.settleAccepterBonus(manager, question, null, actor);
      await this.live.solutionChanged(manager, question, null, actor.id);
      return question;
    });
  }

  /**
   * The asker earns a small bonus, once per question, for accepting someone else's answer; it goes
   * when the question has no such solution any more.
   */
  private async settleAccepterBonus(manager: EntityManager, question: Question, solution: Answer | null, actor: User): Promise<void> {
    const source = { questionId: question.id, communityId: question.communityId, actorId: actor.id };
    const key = ledgerKeys.accepter(question.id);
    if (!solution || solution.authorId === question.authorId) {
      await this.reputation.revoke(manager, { userId: question.authorId, key, reason: PointsReason.UNACCEPTED_AN_ANSWER, ...source });
    } else if (actor.id === question.authorId && (await this.reputation.held(manager, question.authorId, key)) === 0) {
      await this.reputation.grant(manager, {
        userId: question.authorId,
        key,
        reason: PointsReason.ACCEPTED_AN_ANSWER,
        amount: this.reputation.rules.acceptedSomeoneElsesAnswer,
        ...source,
      });
    }
  }

  private async revokeSolution(manager: EntityManager, question: Question, answerId: string): Promise<void> {
    const previous = await manager.findOneByOrFail(Answer, { id: answerId });
    this.live.solutionWithdrawn(manager, previous);
    await this.reputation.revoke(manager, {
      userId: previous.authorId,
      key: ledgerKeys.accepted(answerId),
      reason: PointsReason.ANSWER_UNACCEPTED,
      answerId,
      questionId: question.id,
      communityId: question.communityId,
    });
  }

  private async lockQuestion(manager: EntityManager, id: string): Promise<Question> {
    const question = await manager.findOne(Question, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw notFound('Question');
    return question;
  }
}
