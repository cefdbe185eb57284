import { COMPOSING_TTL_MS } from '@agora/shared';
import { PubSub } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { liveTopics } from './live-topics';
import { ComposingService } from './composing.service';

describe('ComposingService', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('forgets a writer after 30 s without a signal, and a new signal restarts the 30 s', async () => {
    const pubsub = new PubSub();
    const service = new ComposingService(pubsub, {} as DataSource);
    await service.onModuleInit();
    const changes = service.watch('7');
    expect((await changes.next()).value).toEqual({ state: { questionId: '7', userIds: [] } });

    const started = changes.next();
    await pubsub.publish(liveTopics.composing, { questionId: '7', userId: '1', composing: true });
    expect((await started).value.state.userIds).toEqual(['1']);
    jest.advanceTimersByTime(COMPOSING_TTL_MS - 1_000);
    await pubsub.publish(liveTopics.composing, { questionId: '7', userId: '1', composing: true });
    jest.advanceTimersByTime(COMPOSING_TTL_MS - 1_000);
    expect(service.stateOf('7').userIds).toEqual(['1']);

    const expiry = changes.next();
    jest.advanceTimersByTime(1_000);
    expect((await expiry).value.state.userIds).toEqual([]);
    await changes.return?.();
    service.onModuleDestroy();
  });
});
