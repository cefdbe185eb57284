import { isStaff } from '@agora/shared';
import { RequestContext, SharedPerspective } from '../../core/auth/request-context';
import { MaybePromise, whenReady } from '../../core/dataloaders/request-loaders';
import { User } from './user.entity';
import { usersById } from './users.loaders';

/**
 * True for the owner of a post and for staff: who may edit it or choose its solution. At once when
 * the answer needs no look-up (signed out, the owner, or the viewer's row already loaded).
 */
export function viewerOwnsOrModerates(ctx: RequestContext, ownerId: string): MaybePromise<boolean> {
  // The execution shared by many subscribers answers as for a plain member and notes whom it asked
  // about: that owner, and staff, then get an execution of their own (see `seesSharedView`).
  if (ctx.sharedPerspective) {
    ctx.sharedPerspective.ownersConsulted.add(ownerId);
    return false;
  }
  if (!ctx.viewerId) return false;
  if (ctx.viewerId === ownerId) return true;
  return whenReady(ctx.loaders.valueOf(usersById, ctx.viewerId), (viewer) => !!viewer && isStaff(viewer.role));
}

/** Whether the viewer is this user; the execution shared by many subscribers says no and notes the id. */
export function viewerIs(ctx: RequestContext, userId: string): boolean {
  if (!ctx.sharedPerspective) return ctx.viewerId === userId;
  ctx.sharedPerspective.usersComparedWithViewer.add(userId);
  return false;
}

/** Removed and hidden posts stay visible to their author (who sees why) and to staff, and to nobody else. */
export function visibleTo(ctx: RequestContext, post: { removedAt: Date | null; hiddenAt: Date | null; authorId: string }): MaybePromise<boolean> {
  return (!post.removedAt && !post.hiddenAt) || viewerOwnsOrModerates(ctx, post.authorId);
}

/**
 * Whether `viewer` (null when signed out) would get exactly what the shared execution produced: it
 * never asked who reads it, and every `viewerOwnsOrModerates` and `viewerIs` it asked would have said
 * "no" to this viewer too (not an owner asked about, not staff, not a user compared with). Staff share
 * when no ownership was asked about.
 */
export function seesSharedView(perspective: SharedPerspective, viewer: Pick<User, 'id' | 'role'> | null): boolean {
  if (!viewer) return true;
  if (perspective.dependsOnViewer || perspective.usersComparedWithViewer.has(viewer.id)) return false;
  return perspective.ownersConsulted.size === 0 || (!perspective.ownersConsulted.has(viewer.id) && !isStaff(viewer.role));
}
