import { isSuspended } from '@agora/shared';
import { DataSource } from 'typeorm';
import { eventLoaders } from '../../core/dataloaders/event-loaders';
import { answersById } from '../answers/answers.loaders';
import { questionsById } from '../questions/questions.loaders';
import { accountStatesById } from '../users/users.loaders';
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
  if (subject.recipientId !== undefined && subject.recipientId !== viewerId) return false;
  const ctx = { viewerId, loaders: eventLoaders(dataSource, event) };
  // Asked together: past the event's first subscriber, each is already in the event's loaders.
  const [account, ...posts] = await Promise.all([
    viewerId ? ctx.loaders.get(accountStatesById).load(viewerId) : null,
    subject.questionId === undefined ? undefined : ctx.loaders.get(questionsById).load(subject.questionId),
    subject.answerId === undefined ? undefined : ctx.loaders.get(answersById).load(subject.answerId),
  ]);
  if (viewerId && (!account || isSuspended(account))) return false;
  for (const post of posts) {
    if (post === null || (post && !(await visibleTo(ctx, post)))) return false;
  }
  return true;
}
