import { EventEmitter } from 'node:events';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { reviveEvent, serializeEvent } from './typed-json';

/**
 * In memory for a single instance. With Redis every instance publishes to and hears from the same
 * channels, so a subscriber on one instance sees events caused on another.
 */
export function createPubSub(redisUrl: string | null): PubSubEngine {
  if (!redisUrl) {
    // One listener per subscription on a topic: a thousand watchers of a question are expected, not a leak.
    const eventEmitter = new EventEmitter().setMaxListeners(0);
    return new PubSub({ eventEmitter });
  }
  // Keep retrying while Redis restarts: subscriptions resume on reconnect (ioredis re-subscribes).
  const options = { retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000), maxRetriesPerRequest: null };
  return new RedisPubSub({
    publisher: new Redis(redisUrl, options),
    subscriber: new Redis(redisUrl, options),
    serializer: serializeEvent,
    reviver: reviveEvent,
  });
}

export async function closePubSub(pubsub: PubSubEngine): Promise<void> {
  if (pubsub instanceof RedisPubSub) await pubsub.close();
}
