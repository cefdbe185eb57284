import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../pubsub/pubsub.token';
import { AnonymousReadCache } from './anonymous-read-cache';

const FLUSH_TOPIC = 'anonymousCache.flush';

/**
 * A write through one instance empties the anonymous cache of every instance: the flush travels on
 * the same pub/sub as the live updates (Redis when there are several instances).
 */
@Injectable()
export class AnonymousCacheSync implements OnModuleInit, OnModuleDestroy {
  private subscriptionId: number | null = null;

  constructor(
    private readonly cache: AnonymousReadCache,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.cache.enabled) this.subscriptionId = await this.pubsub.subscribe(FLUSH_TOPIC, () => this.cache.clear(), {});
  }

  onModuleDestroy(): void {
    if (this.subscriptionId !== null) this.pubsub.unsubscribe(this.subscriptionId);
  }

  /** Empties this instance's cache at once and tells the others. */
  flushEverywhere(): void {
    this.cache.clear();
    void this.pubsub.publish(FLUSH_TOPIC, {});
  }
}
