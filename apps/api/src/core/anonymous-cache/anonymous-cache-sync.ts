import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntitySubscriberInterface } from 'typeorm';
import { PUB_SUB } from '../pubsub/pubsub.token';
import { AnonymousReadCache } from './anonymous-read-cache';

const FLUSH_TOPIC = 'anonymousCache.flush';
const INVALIDATE_TOPIC = 'anonymousCache.invalidate';
/** The tags a transaction changed, kept on its query runner until it commits. */
const PENDING = 'agoraPendingReadTags';

interface Invalidation {
  tags: string[];
  /** The instance that sent it, which has applied it already. */
  from: string;
}

/**
 * A write through one instance drops what it changed from the anonymous cache of every instance: at
 * once here when its transaction commits (before the mutation answers), and through the same pub/sub
 * as the live updates elsewhere (Redis when there are several instances). A rolled-back transaction
 * invalidates nothing; a retried one collects its own tags.
 */
@Injectable()
export class AnonymousCacheSync implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AnonymousCacheSync.name);
  private readonly instance = randomUUID();
  private readonly subscriptionIds: number[] = [];

  constructor(
    private readonly cache: AnonymousReadCache,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.cache.enabled) return;
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        if (queryRunner.isTransactionActive) return;
        const tags = queryRunner.data[PENDING] as Set<string> | undefined;
        delete queryRunner.data[PENDING];
        if (tags) this.invalidateEverywhere([...tags]);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) delete queryRunner.data[PENDING];
      },
    };
    this.dataSource.subscribers.push(subscriber);
    this.subscriptionIds.push(
      await this.pubsub.subscribe(FLUSH_TOPIC, () => this.cache.clear(), {}),
      await this.pubsub.subscribe(INVALIDATE_TOPIC, ({ tags, from }: Invalidation) => from !== this.instance && this.cache.invalidate(tags), {}),
    );
  }

  onModuleDestroy(): void {
    for (const id of this.subscriptionIds) this.pubsub.unsubscribe(id);
  }

  /** Drops the responses showing any of `tags`, everywhere, when `manager`'s transaction commits (at once outside a transaction). */
  invalidate(manager: EntityManager, tags: Iterable<string>): void {
    if (!this.cache.enabled) return;
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.invalidateEverywhere([...tags]);
    const pending = (runner.data[PENDING] ??= new Set<string>()) as Set<string>;
    for (const tag of tags) pending.add(tag);
  }

  /** Empties this instance's cache at once and tells the others: for a write that did not say what it changed. */
  flushEverywhere(): void {
    this.cache.clear();
    void this.pubsub.publish(FLUSH_TOPIC, {});
  }

  private invalidateEverywhere(tags: string[]): void {
    this.cache.invalidate(tags);
    this.pubsub
      .publish(INVALIDATE_TOPIC, { tags, from: this.instance } satisfies Invalidation)
      .catch((error: Error) => this.logger.error(`Could not publish an invalidation: ${error.message}`));
  }
}
