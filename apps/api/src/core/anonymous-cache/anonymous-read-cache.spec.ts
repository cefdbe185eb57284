import { randomBytes } from 'node:crypto';
import { AnonymousReadCache } from './anonymous-read-cache';

const request = (id: string) => ({ query: 'query($id: ID!) { question(id: $id) { id } }', variables: { id } });

describe('AnonymousReadCache', () => {
  it('drops the responses of the tags a write invalidates, and only those', () => {
    const cache = new AnonymousReadCache(60_000);
    cache.set(request('1'), '{"a":1}', ['question:1', 'user:7'], cache.now);
    cache.set(request('2'), '{"b":2}', ['question:2', 'user:7'], cache.now);
    cache.set(request('3'), '{"c":3}', ['question:3'], cache.now);

    cache.invalidate(['question:1']);
    expect(cache.get(request('1'))).toBeUndefined();
    expect(cache.get(request('2'))?.json().toString()).toBe('{"b":2}');

    cache.invalidate(['user:7']);
    expect(cache.get(request('2'))).toBeUndefined();
    expect(cache.get(request('3'))?.json().toString()).toBe('{"c":3}');
  });

  it('drops a response that named no tag at any write', () => {
    const cache = new AnonymousReadCache(60_000);
    cache.set(request('1'), '{}', null, cache.now);
    cache.set(request('2'), '{}', [], cache.now);
    cache.set(request('3'), '{}', ['question:3'], cache.now);
    cache.invalidate(['question:99']);
    expect(cache.get(request('1'))).toBeUndefined();
    expect(cache.get(request('2'))).toBeUndefined();
    expect(cache.get(request('3'))).toBeDefined();
  });

  it('does not keep a response whose request started before a write that invalidated one of its tags', () => {
    const cache = new AnonymousReadCache(60_000);
    const startedAt = cache.now; // the request reads the rows...
    cache.invalidate(['question:1']); // ...a write commits and invalidates...
    cache.set(request('1'), '{"stale":true}', ['question:1'], startedAt); // ...and the response arrives
    expect(cache.get(request('1'))).toBeUndefined();

    cache.set(request('2'), '{}', ['question:2'], startedAt); // an unrelated tag: still exact
    expect(cache.get(request('2'))).toBeDefined();
    cache.set(request('3'), '{}', null, startedAt); // no tag: any write counts
    expect(cache.get(request('3'))).toBeUndefined();
    cache.set(request('1'), '{"fresh":true}', ['question:1'], cache.now); // started after the write
    expect(cache.get(request('1'))?.json().toString()).toBe('{"fresh":true}');
  });

  it('keeps nothing still being computed when it is emptied', () => {
    const cache = new AnonymousReadCache(60_000);
    const startedAt = cache.now;
    cache.clear();
    cache.set(request('1'), '{}', ['question:1'], startedAt);
    expect(cache.get(request('1'))).toBeUndefined();
  });

  it('refuses requests older than the invalidations it no longer remembers', () => {
    const cache = new AnonymousReadCache(60_000);
    const startedAt = cache.now;
    for (let i = 0; i < 25_000; i++) cache.invalidate([`question:${i}`]);
    cache.set(request('1'), '{}', ['question:never-invalidated'], startedAt);
    expect(cache.get(request('1'))).toBeUndefined();
    cache.set(request('1'), '{}', ['question:never-invalidated'], cache.now);
    expect(cache.get(request('1'))).toBeDefined();
  });

  it('forgets the tags of responses the LRU evicts', () => {
    const cache = new AnonymousReadCache(60_000, 1_000);
    for (let i = 0; i < 50; i++) cache.set(request(String(i)), randomBytes(100).toString('hex'), [`question:${i}`, 'shared'], cache.now);
    const index = (cache as unknown as { keysByTag: Map<string, Set<string>> }).keysByTag;
    expect(index.get('shared')?.size).toBeLessThan(10);
    expect(index.has('question:0')).toBe(false);
  });

  it('holds its responses in memory of their own size, not in zlib chunks', () => {
    const cache = new AnonymousReadCache(60_000);
    cache.set(request('1'), JSON.stringify({ data: 'x'.repeat(3000) }), ['question:1'], cache.now);
    const stored = cache.get(request('1'));
    expect(stored?.gzipped.buffer.byteLength).toBe(stored?.gzipped.length);
  });
});
