import { HiddenReason } from '@agora/shared';

interface ModeratedPost {
  removedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: HiddenReason | null;
}

/**
 * Hidden by reports or a moderator, pending review: members see that the post is there, not what it
 * says. Removed posts and posts held before publication stay out of sight altogether.
 */
export function isHiddenForReview(post: ModeratedPost): boolean {
  return !post.removedAt && !!post.hiddenAt && post.hiddenReason !== HiddenReason.PENDING_REVIEW;
}

/** The post without its text, for members while it is hidden for review. */
export function placeholderOf<T extends object>(post: T, blanks: Partial<T>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(post)) as T, post, blanks);
}
