import { isSuspended } from '@agora/shared';
import { DataSource } from 'typeorm';
import { eventLoaders } from '../../core/dataloaders/event-loaders';
import { answersById } from '../answers/answers.loaders';
import { questionsById } from '../questions/questions.loaders';
import { usersById } from '../users/users.loaders';
import { visibleTo } from '../users/viewer-permissions';

/** What an event is about; each part given must be readable by the subscriber. */
export interface DeliverySubject {
  questionId?: string;
  answerId?: string;
  /** Only this user may receive it (their own notification). */
  recipientId?: string;
}

/**
 * THE check before any live delivery: a subscription never delivers what its user could not read by
 * query at this moment. A deleted account (its row gone) or a suspended one receives nothing more.
 */
export async function mayDeliver(dataSource: DataSource, viewerId: string | null, event: object, subject: DeliverySubject): Promise<boolean> {
  const ctx = { viewerId, loaders: eventLoaders(dataSource, event) };
  if (viewerId) {
    const viewer = await ctx.loaders.get(usersById).load(viewerId);
    if (!viewer || isSuspended(viewer)) return false;
  }
  if (subject.recipientId !== undefined && subject.recipientId !== viewerId) return false;
  if (subject.questionId !== undefined) {
    const question = await ctx.loaders.get(questionsById).load(subject.questionId);
    if (!question || !(await visibleTo(ctx, question))) return false;
  }
  if (subject.answerId !== undefined) {
    const answer = await ctx.loaders.get(answersById).load(subject.answerId);
    if (!answer || !(await visibleTo(ctx, answer))) return false;
  }
  return true;
}
