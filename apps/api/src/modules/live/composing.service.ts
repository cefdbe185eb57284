import { COMPOSING_TTL_MS } from '@agora/shared';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { startWith } from '../../core/pubsub/map-events';
import { PUB_SUB } from '../../core/pubsub/pubsub.token';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';
import { visibleTo } from '../users/viewer-permissions';
import { RequestLoaders } from '../../core/dataloaders/request-loaders';
import { ComposingSignal, ComposingState } from './composing.dto';
import { liveTopics } from './live-topics';

/**
 * "Someone is writing an answer". Signals go through the shared pub/sub, so every instance keeps the
 * same picture; each expires its own entries after 30 s without a new signal, and tells its own
 * subscribers through a local emitter.
 */
@Injectable()
export class ComposingService implements OnModuleInit, OnModuleDestroy {
  private readonly writers = new Map<string, Map<string, NodeJS.Timeout>>();
  private readonly local = new PubSub();
  private subscriptionId: number | null = null;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriptionId = await this.pubsub.subscribe(liveTopics.composing, (signal: ComposingSignal) => this.apply(signal), {});
  }

  onModuleDestroy(): void {
    if (this.subscriptionId !== null) this.pubsub.unsubscribe(this.subscriptionId);
    for (const timers of this.writers.values()) for (const timer of timers.values()) clearTimeout(timer);
    this.writers.clear();
  }

  /** The client sends `true` every few seconds while typing and `false` when it stops or posts. */
  async set(user: User, rawQuestionId: string, composing: boolean): Promise<boolean> {
    const questionId = parseId(rawQuestionId, 'questionId');
    const question = await this.dataSource.getRepository(Question).findOneBy({ id: questionId });
    const ctx = { viewerId: user.id, loaders: new RequestLoaders(this.dataSource, user.id) };
    if (!question || !(await visibleTo(ctx, question))) throw notFound('Question');
    await this.pubsub.publish(liveTopics.composing, { questionId, userId: user.id, composing } satisfies ComposingSignal);
    return composing;
  }

  /** The current state first, then every change. */
  watch(questionId: string): AsyncIterableIterator<{ state: ComposingState }> {
    return startWith({ state: this.stateOf(questionId) }, this.local.asyncIterableIterator<{ state: ComposingState }>(questionId));
  }

  stateOf(questionId: string): ComposingState {
    return { questionId, userIds: [...(this.writers.get(questionId)?.keys() ?? [])] };
  }

  private apply({ questionId, userId, composing }: ComposingSignal): void {
    const timers = this.writers.get(questionId) ?? new Map<string, NodeJS.Timeout>();
    const known = timers.has(userId);
    clearTimeout(timers.get(userId));
    if (composing) {
      timers.set(userId, setTimeout(() => this.apply({ questionId, userId, composing: false }), COMPOSING_TTL_MS).unref());
      this.writers.set(questionId, timers);
    } else {
      timers.delete(userId);
      if (timers.size === 0) this.writers.delete(questionId);
    }
    // A heartbeat from someone already counted changes nothing anyone sees.
    if (known !== composing) void this.local.publish(questionId, { state: this.stateOf(questionId) });
  }
}
