/**
 * What a cached signed-out response shows, named so that a write drops exactly the responses it
 * changes. Types and root queries declare the tags of what they resolve (anonymous-cache.decorators.ts);
 * the services name the tags a write changes (LiveEvents), and the cache of every instance drops the
 * responses that carry them once the write has committed.
 */
export const readTags = {
  /** A question or User Tip, everything about it and its answers (counts, solution, moderation state...). */
  question: (id: string) => `question:${id}`,
  /** What is shown of a member next to each of their posts: name, level, role. */
  user: (id: string) => `user:${id}`,
  /** The rest of a member's public record: points, counts, badges. Changes far more often than `user`. */
  profile: (id: string) => `profile:${id}`,
  /** A community's name, slug and description (no mutation changes them today). */
  community: (id: string) => `community:${id}`,
  /** Which communities there are. */
  communities: 'communities',
  /** Every search and similar-questions result: ranking reads text, answers, helpful marks and solutions. */
  search: 'search',
  leaderboard: 'leaderboard',
  /** The badge catalogue's holders and holder counts. */
  badges: 'badges',
  /** Which questions a list shows, in which order and how many, for the lists scoped to a community ('*' for all). */
  questionsIn: (communityId: string, facet: ListFacet) => `questions:${facet}:in:${communityId}`,
  /** The same for the lists of one author's questions. */
  questionsBy: (authorId: string, facet: ListFacet) => `questions:${facet}:by:${authorId}`,
};

/**
 * What a change to a question can do to the lists: `membership` (asked, moved, hidden or shown, merged,
 * pinned: every list), or change what a filter tests (only the lists that filter on it).
 */
export type ListFacet = 'membership' | 'answered' | 'solved' | 'tags';

export const ALL_LIST_FACETS: readonly ListFacet[] = ['membership', 'answered', 'solved', 'tags'];

/** The list tags a change to `question` invalidates: its community's lists, its author's, and those across all communities. */
export function listTagsOf(question: { communityId: string; authorId: string }, facets: readonly ListFacet[]): string[] {
  return facets.flatMap((facet) => [
    readTags.questionsIn(question.communityId, facet),
    readTags.questionsIn('*', facet),
    readTags.questionsBy(question.authorId, facet),
  ]);
}

/**
 * The tags one signed-out request collected while it ran, and when it started (the cache's clock):
 * the response is kept only if none of its tags was invalidated since, so a read that raced a write
 * never outlives it.
 */
export class ReadTagCollector {
  readonly tags = new Set<string>();
  /** A root field said nothing of what its selection depends on: any write must drop the response. */
  undeclared = false;

  constructor(readonly startedAt: number) {}

  add(tag: string): void {
    this.tags.add(tag);
  }
}
