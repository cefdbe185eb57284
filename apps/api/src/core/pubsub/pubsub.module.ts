import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { AfterCommitPublisher } from './after-commit-publisher';
import { closePubSub, createPubSub } from './create-pubsub';
import { PUB_SUB } from './pubsub.token';
import { SubscriptionServer } from './subscription-server';
import { TopicFanOut } from './topic-fan-out';

@Global()
@Module({
  providers: [
    { provide: PUB_SUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPubSub(config.redisUrl) },
    AfterCommitPublisher,
    SubscriptionServer,
    TopicFanOut,
  ],
  exports: [PUB_SUB, AfterCommitPublisher, SubscriptionServer, TopicFanOut],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await closePubSub(this.pubsub);
  }
}
