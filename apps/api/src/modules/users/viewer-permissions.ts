import { isStaff } from '@agora/shared';
import { RequestContext } from '../../core/auth/request-context';
import { MaybePromise, whenReady } from '../../core/dataloaders/request-loaders';
import { usersById } from './users.loaders';

/**
 * True for the owner of a post and for staff: who may edit it or choose its solution. At once when
 * the answer needs no look-up (signed out, the owner, or the viewer's row already loaded).
 */
export function viewerOwnsOrModerates(ctx: RequestContext, ownerId: string): MaybePromise<boolean> {
  if (!ctx.viewerId) return false;
  if (ctx.viewerId === ownerId) return true;
  return whenReady(ctx.loaders.valueOf(usersById, ctx.viewerId), (viewer) => !!viewer && isStaff(viewer.role));
}

/** Removed and hidden posts stay visible to their author (who sees why) and to staff, and to nobody else. */
export function visibleTo(ctx: RequestContext, post: { removedAt: Date | null; hiddenAt: Date | null; authorId: string }): MaybePromise<boolean> {
  return (!post.removedAt && !post.hiddenAt) || viewerOwnsOrModerates(ctx, post.authorId);
}
