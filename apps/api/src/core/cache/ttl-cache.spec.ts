import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('computes once for concurrent misses and again after the time to live', async () => {
    const cache = new TtlCache<number>(1_000);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    jest.advanceTimersByTime(999);
    expect(await cache.get('k', compute)).toBe(1);
    jest.advanceTimersByTime(2);
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('forgets a failed computation so the next call tries again', async () => {
    const cache = new TtlCache<number>(1_000);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });
});
