import { PubSub } from 'graphql-subscriptions';
import { EventConsumer, TopicFanOut, TopicWatch } from './topic-fan-out';

type Event = { n: number };

/** A consumer that records what it was sent; `prepare` answers with the event's number when allowed. */
function recorder(key: string, log: string[], name = key): EventConsumer<Event, number> {
  return {
    key,
    prepare: async (event, allowed) => ((await allowed) ? event.n : null),
    send: (n) => void log.push(`${name}:${n}`),
    fail: (error) => void log.push(`${name} failed: ${(error as Error).message}`),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('one pub/sub subscription per topic, each event handed to its subscribers in one pass', () => {
  let pubsub: PubSub;
  let fanOut: TopicFanOut;
  beforeEach(() => {
    pubsub = new PubSub();
    fanOut = new TopicFanOut(pubsub);
  });

  it('subscribes to a topic once for all its watchers, and unsubscribes when the last one leaves', async () => {
    const subscribe = jest.spyOn(pubsub, 'subscribe');
    const unsubscribe = jest.spyOn(pubsub, 'unsubscribe');
    const watches = [1, 2, 3].map(() => fanOut.watch<Event>('t', null, async () => true));
    expect(subscribe).toHaveBeenCalledTimes(1);

    await watches[0].return();
    await watches[1].return();
    await settle();
    expect(unsubscribe).not.toHaveBeenCalled();
    await watches[2].return();
    await settle();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(fanOut.topicCount).toBe(0);
  });

  it('asks the check once per event and viewer, and prepares once per viewer and selection', async () => {
    const checked: (string | null)[] = [];
    const check = async (_event: Event, viewerId: string | null) => (checked.push(viewerId), viewerId !== 'blocked');
    const log: string[] = [];
    const prepared: string[] = [];
    const subscribers: [string | null, string][] = [[null, 'a'], [null, 'a'], [null, 'b'], ['7', 'a'], ['7', 'a'], ['blocked', 'a']];
    subscribers.forEach(([viewerId, selection], i) => {
      const consumer = recorder(`${viewerId ?? ''}\n${selection}`, log, `s${i}`);
      const prepare = consumer.prepare;
      fanOut.watch<Event>('t', viewerId, check).consumeWith({ ...consumer, prepare: (event, allowed) => (prepared.push(consumer.key), prepare(event, allowed)) });
    });

    await pubsub.publish('t', { n: 1 });
    await settle();

    expect(checked).toEqual([null, '7', 'blocked']);
    expect(prepared).toEqual(['\na', '\nb', '7\na', 'blocked\na']);
    expect(log.sort()).toEqual(['s0:1', 's1:1', 's2:1', 's3:1', 's4:1']);
  });

  it('delivers the events of a topic in the order they were published, however long each takes to check', async () => {
    const log: string[] = [];
    const slowFirst = (event: Event) => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), event.n === 1 ? 30 : 0));
    fanOut.watch<Event>('t', null, slowFirst).consumeWith(recorder('a', log));
    const iterated = fanOut.watch<Event>('t', '5', slowFirst);

    await pubsub.publish('t', { n: 1 });
    await pubsub.publish('t', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 60));

    expect(log).toEqual(['a:1', 'a:2']);
    expect(await iterated.next()).toEqual({ done: false, value: { n: 1 } });
    expect(await iterated.next()).toEqual({ done: false, value: { n: 2 } });
  });

  it('iterates only the events its check lets through, and ends when returned', async () => {
    const watch = fanOut.watch<Event>('t', null, async (event) => event.n % 2 === 0);
    const first = watch.next();
    for (const n of [1, 2, 3, 4]) await pubsub.publish('t', { n });

    expect(await first).toEqual({ done: false, value: { n: 2 } });
    expect(await watch.next()).toEqual({ done: false, value: { n: 4 } });
    const pending = watch.next();
    await watch.return();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await watch.next()).toEqual({ done: true, value: undefined });
  });

  it('counts a check that fails as a no', async () => {
    const watch = fanOut.watch<Event>('t', null, async (event) => {
      if (event.n === 1) throw new Error('database gone');
      return true;
    });
    await pubsub.publish('t', { n: 1 });
    await pubsub.publish('t', { n: 2 });
    expect(await watch.next()).toEqual({ done: false, value: { n: 2 } });
  });

  it('sends each event once to every one of a thousand subscribers, in order, the writes in slices', async () => {
    const log: string[] = [];
    for (let i = 0; i < 1_000; i++) fanOut.watch<Event>('t', null, async () => true).consumeWith(recorder('a', log, `s${i}`));

    await pubsub.publish('t', { n: 1 });
    await pubsub.publish('t', { n: 2 });
    await settle();

    expect(log.length).toBe(2_000);
    expect(log.slice(0, 1_000).every((entry) => entry.endsWith(':1'))).toBe(true);
    expect(new Set(log).size).toBe(2_000);
  });

  it('sends nothing to a subscriber whose watch ended after the event was published', async () => {
    const log: string[] = [];
    const gone = fanOut.watch<Event>('t', null, async () => true);
    gone.consumeWith(recorder('a', log, 'gone'));
    fanOut.watch<Event>('t', null, async () => true).consumeWith(recorder('a', log, 'stays'));

    await pubsub.publish('t', { n: 1 });
    await gone.return();
    await settle();

    expect(log).toEqual(['stays:1']);
  });

  it('ends a watch with the error of a failed delivery', async () => {
    const failing: TopicWatch<Event> = fanOut.watch<Event>('t', '1', async () => true);
    failing.consumeWith({ ...recorder('b', []), prepare: () => Promise.reject(new Error('execution broke')), fail: (error) => failing.fail(error) });
    const ended = failing.next();

    await pubsub.publish('t', { n: 1 });

    await expect(ended).rejects.toThrow('execution broke');
    expect(fanOut.topicCount).toBe(0);
  });
});
