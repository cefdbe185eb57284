import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { PUB_SUB } from './pubsub.token';

const PENDING = 'agoraPendingEvents';

interface PendingEvent {
  topic: string;
  payload: object;
}

/**
 * Events are published only once the transaction that caused them has committed, so nobody is ever
 * told about a write that rolled back. They wait on the transaction's query runner; a TypeORM
 * subscriber sends them after COMMIT and drops them after ROLLBACK (a retried transaction collects
 * its own).
 */
@Injectable()
export class AfterCommitPublisher implements OnModuleInit {
  private readonly logger = new Logger(AfterCommitPublisher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.flush(queryRunner);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) delete queryRunner.data[PENDING];
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  /** Publishes `payload` on `topic` when `manager`'s transaction commits (at once outside a transaction). */
  publish(manager: EntityManager, topic: string, payload: object): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.send({ topic, payload });
      return;
    }
    ((runner.data[PENDING] ??= []) as PendingEvent[]).push({ topic, payload });
  }

  private flush(runner: QueryRunner): void {
    const pending = (runner.data[PENDING] ?? []) as PendingEvent[];
    delete runner.data[PENDING];
    for (const event of pending) this.send(event);
  }

  private send({ topic, payload }: PendingEvent): void {
    this.pubsub.publish(topic, payload).catch((error: Error) => this.logger.error(`Could not publish ${topic}: ${error.message}`));
  }
}
