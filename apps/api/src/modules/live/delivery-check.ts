import { isSuspended } from '@agora/shared';
import { DataSource } from 'typeorm';
import DataLoader from 'dataloader';
import { isPerViewer, LoaderFactory, RequestLoaders } from '../../core/dataloaders/request-loaders';
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
 * Loaders shared by every delivery of one event (the pub/sub hands each subscriber the same payload
 * object): 1,000 subscribers cost one query for their accounts and one for the post, read fresh for
 * this event. Only viewer-independent loaders are used through it.
 */
const loadersByEvent = new WeakMap<object, RequestLoaders>();

/**
 * A subscriber's loaders for one event: its own for loaders that depend on the viewer, the event's
 * shared ones for the rest (see `perViewer`), so the authors of an answer are read once for all
 * subscribers, not once each.
 */
class DeliveryLoaders extends RequestLoaders {
  constructor(
    dataSource: DataSource,
    viewerId: string | null,
    private readonly shared: RequestLoaders,
  ) {
    super(dataSource, viewerId);
  }

  override get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    return isPerViewer(factory as LoaderFactory<unknown, unknown>) ? super.get(factory) : this.shared.get(factory);
  }
}

export function deliveryLoaders(dataSource: DataSource, viewerId: string | null, event: object): RequestLoaders {
  return new DeliveryLoaders(dataSource, viewerId, eventLoaders(dataSource, event));
}

function eventLoaders(dataSource: DataSource, event: object): RequestLoaders {
  let loaders = loadersByEvent.get(event);
  if (!loaders) {
    loaders = new RequestLoaders(dataSource, null);
    loadersByEvent.set(event, loaders);
  }
  return loaders;
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
