import { LRUCache } from 'lru-cache';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What a GraphQL request is, as far as its response goes: the same three things give the same JSON. */
export interface GraphQLRequestKey {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The tag of responses that named no tag of their own: every write drops them. */
const ANY_WRITE = '*';

/** How many recent invalidations are remembered to check responses still being computed (see `set`). */
const REMEMBERED_INVALIDATIONS = 20_000;

/** A cached response: its JSON gzipped, as browsers accept it; `json()` for clients that do not. */
export class CachedResponse {
  constructor(
    readonly gzipped: Buffer,
    readonly tags: readonly string[],
  ) {}

  json(): Buffer {
    return gunzipSync(this.gzipped);
  }
}

/**
 * Ready-made JSON responses to signed-out queries. Most visitors are anonymous and read the same
 * threads, so they are served without touching GraphQL or the database. Each response carries the
 * tags of what it shows (read-tags.ts); a write drops the responses of the tags it changed, on every
 * instance (AnonymousCacheSync). `ttlMs` bounds what no write announces (view counts, a lost message).
 * Responses are kept gzipped, outside the JavaScript heap: a full cache does not make the garbage
 * collector's work grow, holds four to five times more pages in the same memory, and a browser's hit is
 * written as it is (the gzip is paid once, by the miss that fills it).
 */
export class AnonymousReadCache {
  private readonly responses: LRUCache<string, CachedResponse> | null;
  /** The keys of the cached responses under each tag. */
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Counts invalidations: a request notes it when it starts, to learn what was invalidated while it ran. */
  private clock = 0;
  /** When each tag was last invalidated (by `clock`), the least recent first. */
  private readonly invalidatedAt = new Map<string, number>();
  /** Requests that started before this may have missed an invalidation that is no longer remembered. */
  private horizon = 0;

  constructor(ttlMs: number, maxBytes = 32 * 1024 * 1024) {
    this.responses =
      ttlMs > 0
        ? new LRUCache({
            ttl: ttlMs,
            maxSize: maxBytes,
            sizeCalculation: (response, key) => response.gzipped.length + key.length,
            dispose: (response, key) => this.unindex(key, response.tags),
          })
        : null;
  }

  get enabled(): boolean {
    return this.responses !== null;
  }

  /** Note it when a request starts, and give it to `set` with its response. */
  get now(): number {
    return this.clock;
  }

  get(request: GraphQLRequestKey): CachedResponse | undefined {
    const key = keyOf(request);
    return key === null ? undefined : this.byKey(key);
  }

  byKey(key: string): CachedResponse | undefined {
    return this.responses?.get(key);
  }

  /**
   * Keeps the response of a request that started at `startedAt`, under `tags` (null or none: under
   * ANY_WRITE), unless one of them was invalidated since it started: it may have read the rows as they
   * were before that write, and would then outlive it.
   */
  set(request: GraphQLRequestKey, json: string, tags: Iterable<string> | null, startedAt: number): void {
    const key = keyOf(request);
    if (!this.responses || key === null || startedAt < this.horizon) return;
    const kept = tags ? [...tags] : [];
    if (kept.length === 0) kept.push(ANY_WRITE);
    if (kept.some((tag) => (this.invalidatedAt.get(tag) ?? -1) > startedAt)) return;
    this.responses.set(key, new CachedResponse(exactCopy(gzipSync(json)), kept));
    if (!this.responses.has(key)) return; // larger than the whole cache
    for (const tag of kept) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Drops the responses that show any of `tags`, and those that named no tag. */
  invalidate(tags: Iterable<string>): void {
    if (!this.responses) return;
    const at = ++this.clock;
    for (const tag of [...tags, ANY_WRITE]) {
      this.invalidatedAt.delete(tag); // re-inserted last: the map stays in invalidation order
      this.invalidatedAt.set(tag, at);
      const keys = this.keysByTag.get(tag);
      if (keys) for (const key of [...keys]) this.responses.delete(key);
    }
    if (this.invalidatedAt.size > REMEMBERED_INVALIDATIONS) this.forgetOldestInvalidations();
  }

  /** Drops everything, and whatever requests still running would keep. */
  clear(): void {
    if (!this.responses) return;
    this.horizon = ++this.clock;
    this.invalidatedAt.clear();
    this.responses.clear();
  }

  private forgetOldestInvalidations(): void {
    for (const [tag, at] of this.invalidatedAt) {
      if (this.invalidatedAt.size <= REMEMBERED_INVALIDATIONS / 2) break;
      this.invalidatedAt.delete(tag);
      this.horizon = at;
    }
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}

/**
 * zlib hands back a view of its 16 KB output chunk: kept as it is, a 4 KB page would hold all 16 KB
 * (the cache counted 32 MB while holding 80). A copy of its own size holds what it counts.
 */
function exactCopy(view: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(view.length);
  view.copy(copy);
  return copy;
}

export function keyOf({ query, operationName, variables }: GraphQLRequestKey): string | null {
  if (typeof query !== 'string') return null;
  return `${typeof operationName === 'string' ? operationName : ''}\n${JSON.stringify(variables ?? {})}\n${query}`;
}
