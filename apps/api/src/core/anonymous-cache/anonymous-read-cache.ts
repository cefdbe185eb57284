import { LRUCache } from 'lru-cache';

/** What a GraphQL request is, as far as its response goes: the same three things give the same JSON. */
export interface GraphQLRequestKey {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Ready-made JSON responses to signed-out queries. Most visitors are anonymous and read the same
 * threads, so they are served without touching GraphQL or the database. Any write empties it (see
 * anonymous-cache.plugin.ts); `ttlMs` bounds what no mutation announces (view counts, a lost message).
 * Responses are kept as UTF-8 Buffers, ready to write: a hit encodes nothing, and they live outside the
 * JavaScript heap, so a full cache does not make the garbage collector's work grow.
 */
export class AnonymousReadCache {
  private readonly responses: LRUCache<string, Buffer> | null;

  constructor(ttlMs: number, maxBytes = 64 * 1024 * 1024) {
    this.responses =
      ttlMs > 0 ? new LRUCache({ ttl: ttlMs, maxSize: maxBytes, sizeCalculation: (json, key) => json.length + key.length }) : null;
  }

  get enabled(): boolean {
    return this.responses !== null;
  }

  get(request: GraphQLRequestKey): Buffer | undefined {
    const key = keyOf(request);
    return key === null ? undefined : this.responses?.get(key);
  }

  set(request: GraphQLRequestKey, json: string): void {
    const key = keyOf(request);
    if (key !== null) this.responses?.set(key, Buffer.from(json));
  }

  clear(): void {
    this.responses?.clear();
  }
}

function keyOf({ query, operationName, variables }: GraphQLRequestKey): string | null {
  if (typeof query !== 'string') return null;
  return `${typeof operationName === 'string' ? operationName : ''}\n${JSON.stringify(variables ?? {})}\n${query}`;
}
