/** The names of the things that earn points; a key's ledger rows add up to what it holds now. */
export const ledgerKeys = {
  firstQuestion: (userId: string) => `first-question:${userId}`,
  firstAnswer: (userId: string) => `first-answer:${userId}`,
  meToo: (questionId: string, userId: string) => `me-too:${questionId}:${userId}`,
  meTooGroup: (questionId: string) => `me-too:${questionId}`,
  helpful: (answerId: string, voterId: string) => `helpful:${answerId}:${voterId}`,
  helpfulGroup: (answerId: string) => `helpful:${answerId}`,
  tipHelpful: (tipId: string, voterId: string) => `tip-helpful:${tipId}:${voterId}`,
  tipHelpfulGroup: (tipId: string) => `tip-helpful:${tipId}`,
  accepted: (answerId: string) => `accepted:${answerId}`,
  accepter: (questionId: string) => `accepter:${questionId}`,
  recommended: (answerId: string) => `recommended:${answerId}`,
  penalty: (kind: 'question' | 'answer', postId: string) => `penalty:${kind}:${postId}`,
  imported: (userId: string) => `imported:${userId}`,
};

/** Families of keys that come from other members' votes: they share limits and the daily cap. */
const VOTE_FAMILIES = new Set(['helpful', 'me-too', 'tip-helpful']);

/** All votes on one post share one limit: `helpful:<answer>:<voter>` belongs to `helpful:<answer>`. */
export function capGroupOf(key: string): string | null {
  const [family, postId] = key.split(':');
  return VOTE_FAMILIES.has(family) ? `${family}:${postId}` : null;
}

export function isVoteKey(key: string): boolean {
  return VOTE_FAMILIES.has(key.split(':')[0]);
}
