import { Extensions } from '@nestjs/graphql';

/** The key of the GraphQL extensions these decorators set, read by tag-anonymous-reads.ts and the plugin. */
export const ANONYMOUS_CACHE = 'anonymousCache';

export interface TypeTagging<T> {
  /** The tag of each object of the type that a response shows, whichever field returned it; null when no write changes it. */
  tagOf: ((value: T) => string) | null;
  /** Fields outside `identity` read data that changes under other tags (`tagsOf`). */
  beyond?: { identity: readonly string[]; tagsOf: (value: T) => string[] };
}

export interface SelectionTagging<A> {
  /** What a root query's selection depends on: which objects, in which order, how many (their contents tag themselves). */
  selection: (args: A) => string[];
}

export type WriteEffect = { invalidates: 'tags' } | { invalidates: 'nothing'; because: string };

/**
 * On an object type: every response showing one carries `tagOf(it)`. With `beyond`, the fields other
 * than `identity` add their own tags (a member's name and level, shown next to every post, change far
 * less often than their points).
 */
export function CacheTagOf<T>(tagOf: TypeTagging<T>['tagOf'], beyond?: TypeTagging<T>['beyond']): ClassDecorator {
  return Extensions({ [ANONYMOUS_CACHE]: { tagOf, beyond } satisfies TypeTagging<T> });
}

/**
 * On a root query: the tags of what its result depends on beyond the objects it shows (which
 * questions a list holds, whether an id exists yet). A root query without it makes every response
 * that uses it one that any write drops.
 */
export function CacheTags<A = Record<string, unknown>>(selection: (args: A) => string[]): MethodDecorator {
  return Extensions({ [ANONYMOUS_CACHE]: { selection } satisfies SelectionTagging<A> });
}

/**
 * On a mutation: its transaction invalidates the tags of everything it changes (through LiveEvents),
 * so the anonymous cache keeps the rest. A mutation without it empties the whole cache on every instance.
 */
export function InvalidatesCacheTags(): MethodDecorator {
  return Extensions({ [ANONYMOUS_CACHE]: { invalidates: 'tags' } satisfies WriteEffect });
}

/** On a mutation that changes nothing a signed-out response shows (`because` says why). */
export function LeavesAnonymousCache(because: string): MethodDecorator {
  return Extensions({ [ANONYMOUS_CACHE]: { invalidates: 'nothing', because } satisfies WriteEffect });
}
