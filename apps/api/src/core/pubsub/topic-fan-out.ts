import { Inject, Injectable, Logger } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from './pubsub.token';

/**
 * Whether an event may go to this viewer (null when signed out). Asked once per event, check and
 * viewer, however many subscriptions that viewer has on the topic; a rejection counts as "no".
 */
export type DeliveryCheck<E> = (event: E, viewerId: string | null) => Promise<boolean>;

/**
 * What takes a watch's events in place of its iterator (see shared-execution): subscribers with the
 * same `key` (the same viewer and selection) get the same delivery of an event, prepared once.
 */
export interface EventConsumer<E, D> {
  readonly key: string;
  /** What to send for `event`, or null for nothing; `allowed` is the check's answer for this viewer. */
  prepare(event: E, allowed: Promise<boolean>): Promise<D | null>;
  send(delivery: D): void;
  /** Preparing failed: the subscription ends with this error. */
  fail(error: unknown): void;
}

interface Topic {
  readonly watches: Set<TopicWatch<object>>;
  /** The pub/sub subscription's id, once the engine has it (a Redis SUBSCRIBE is a round trip). */
  readonly subscription: Promise<number>;
  /** The delivery of the latest event: the next starts after it, so each subscriber gets them in order. */
  tail: Promise<void>;
}

/**
 * One pub/sub subscription per topic for all its subscribers on this instance, instead of one each,
 * and each event handed to all of them in one pass.
 *
 * graphql-subscriptions gives every subscriber an async iterator of its own, and each event then
 * travels 1,000 promise chains (the iterator, the subscription filter, graphql-ws's loop, the socket
 * write's callback) for 1,000 subscribers. Here an event is checked once per viewer, prepared once
 * per viewer and selection (for signed-out subscribers: once for all), and sent to every subscriber
 * of that group in one loop. Events of a topic are delivered one after another, so each subscriber
 * receives them in the order they were published.
 */
@Injectable()
export class TopicFanOut {
  private readonly logger = new Logger(TopicFanOut.name);
  private readonly topics = new Map<string, Topic>();

  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSubEngine) {}

  /** The events of `topic` that `check` lets through to `viewerId`, from now until the watch is returned. */
  watch<E extends object>(topic: string, viewerId: string | null, check: DeliveryCheck<E>): TopicWatch<E> {
    let entry = this.topics.get(topic);
    if (!entry) {
      const created: Topic = {
        watches: new Set(),
        subscription: this.pubsub.subscribe(topic, (event: object) => this.publishedOn(created, event), {}),
        tail: Promise.resolve(),
      };
      created.subscription.catch((error: Error) => this.logger.error(`Could not subscribe to ${topic}: ${error.message}`));
      this.topics.set(topic, (entry = created));
    }
    const topicEntry = entry;
    const watch = new TopicWatch<E>(viewerId, check, () => this.leave(topic, topicEntry, watch as unknown as TopicWatch<object>));
    topicEntry.watches.add(watch as unknown as TopicWatch<object>);
    return watch;
  }

  /** How many topics this instance listens to: for the tests. */
  get topicCount(): number {
    return this.topics.size;
  }

  private leave(name: string, topic: Topic, watch: TopicWatch<object>): void {
    topic.watches.delete(watch);
    if (topic.watches.size > 0 || this.topics.get(name) !== topic) return;
    this.topics.delete(name);
    topic.subscription.then((id) => this.pubsub.unsubscribe(id)).catch(() => undefined);
  }

  private publishedOn(topic: Topic, event: object): void {
    // The watches of this moment: one that starts later does not get an event published before it.
    const watches = [...topic.watches];
    topic.tail = topic.tail.then(() => deliver(event, watches)).catch((error: Error) => this.logger.error(`Could not deliver an event: ${error.message}`));
  }
}

/** One event to every watch that is still open, grouped as described on `TopicFanOut`. */
async function deliver(event: object, watches: TopicWatch<object>[]): Promise<void> {
  const allowedByCheck = new Map<DeliveryCheck<object>, Map<string | null, Promise<boolean>>>();
  const allowed = (watch: TopicWatch<object>): Promise<boolean> => {
    let byViewer = allowedByCheck.get(watch.check);
    if (!byViewer) allowedByCheck.set(watch.check, (byViewer = new Map()));
    let answer = byViewer.get(watch.viewerId);
    if (!answer) byViewer.set(watch.viewerId, (answer = watch.check(event, watch.viewerId).catch(() => false)));
    return answer;
  };
  const groups = new Map<string, { delivery: Promise<unknown>; watches: TopicWatch<object>[] }>();
  for (const watch of watches) {
    const consumer = watch.consumer;
    if (!consumer) {
      watch.push(event, allowed(watch));
      continue;
    }
    let group = groups.get(consumer.key);
    if (!group) groups.set(consumer.key, (group = { delivery: consumer.prepare(event, allowed(watch)), watches: [] }));
    group.watches.push(watch);
  }
  const outbox = new Outbox();
  await Promise.all(
    [...groups.values()].map(({ delivery, watches: group }) =>
      delivery.then(
        (prepared) => prepared !== null && outbox.send(group, prepared),
        (error: unknown) => group.forEach((watch) => watch.open && watch.consumer?.fail(error)),
      ),
    ),
  );
  await outbox.drained();
}

/** How many sockets are written before other work (a database reply, a request) gets a turn. */
const SLICE = 100;

/**
 * The writes of one event, in slices. A thousand writes hold the event loop for some 10 ms, whether
 * they go to one group (signed-out subscribers) or to a thousand (signed-in ones, each ready at the
 * same moment): in slices, a mutation's next statement is not kept waiting that long, which matters
 * most to one that holds a row lock meanwhile. A watch that ended meanwhile (completed, socket
 * closed) gets nothing more.
 */
class Outbox {
  private readonly watches: TopicWatch<object>[] = [];
  private readonly deliveries: unknown[] = [];
  private next = 0;
  private flushing = false;
  private flushed: Promise<void> = Promise.resolve();

  send(group: TopicWatch<object>[], prepared: unknown): void {
    for (const watch of group) {
      this.watches.push(watch);
      this.deliveries.push(prepared);
    }
    if (this.flushing) return;
    this.flushing = true;
    this.flushed = this.flush();
  }

  drained(): Promise<void> {
    return this.flushed;
  }

  private async flush(): Promise<void> {
    for (let written = 0; this.next < this.watches.length; written++) {
      if (written === SLICE) {
        await new Promise((resolve) => setImmediate(resolve));
        written = 0;
      }
      const watch = this.watches[this.next];
      const delivery = this.deliveries[this.next++];
      try {
        if (watch.open) watch.consumer?.send(delivery);
      } catch (error) {
        // One broken socket ends its own subscription, not the others' deliveries.
        watch.consumer?.fail(error);
      }
    }
    this.flushing = false;
  }
}

/**
 * One subscriber's share of a topic. An async iterator of the events its check lets through; or,
 * once `consumeWith` gave it a consumer, a source of events for that consumer, the iterator then
 * yielding nothing until the watch ends.
 */
export class TopicWatch<E extends object> implements AsyncIterableIterator<E> {
  consumer: EventConsumer<E, unknown> | null = null;
  private readonly queue: { event: E; allowed: Promise<boolean> }[] = [];
  private waiting: ((result: IteratorResult<E>) => void) | null = null;
  private failing: ((error: unknown) => void) | null = null;
  private done = false;
  private pulling = false;

  constructor(
    readonly viewerId: string | null,
    readonly check: DeliveryCheck<E>,
    private readonly onEnd: () => void,
  ) {}

  /** Hands every further event to `consumer`; `next()` then waits for the end of the watch. */
  consumeWith<D>(consumer: EventConsumer<E, D>): void {
    this.consumer = consumer as EventConsumer<E, unknown>;
  }

  get open(): boolean {
    return !this.done;
  }

  push(event: E, allowed: Promise<boolean>): void {
    if (this.done) return;
    this.queue.push({ event, allowed });
    if (this.waiting) void this.pull();
  }

  next(): Promise<IteratorResult<E>> {
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failing = reject;
      if (!this.consumer) void this.pull();
    });
  }

  /** Ends the watch with `error`: a pending `next()` rejects with it. */
  fail(error: unknown): void {
    const failing = this.failing;
    this.waiting = this.failing = null;
    this.end();
    failing?.(error);
  }

  return(): Promise<IteratorResult<E>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<E>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Resolves the pending `next()` with the first queued event the check lets through. */
  private async pull(): Promise<void> {
    if (this.pulling) return;
    this.pulling = true;
    try {
      while (this.waiting && this.queue.length > 0) {
        const { event, allowed } = this.queue.shift() as { event: E; allowed: Promise<boolean> };
        if ((await allowed) && this.waiting) {
          const resolve = this.waiting;
          this.waiting = this.failing = null;
          resolve({ done: false, value: event });
        }
      }
    } finally {
      this.pulling = false;
    }
  }

  private end(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    const waiting = this.waiting;
    this.waiting = this.failing = null;
    waiting?.({ done: true, value: undefined });
    this.onEnd();
  }
}
