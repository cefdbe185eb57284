import { isStaff } from '@agora/shared';
import { RequestContext } from '../../core/auth/request-context';
import { usersById } from './users.loaders';

/** True for the owner of a post and for staff: who may edit it or choose its solution. */
export async function viewerOwnsOrModerates(ctx: RequestContext, ownerId: string): Promise<boolean> {
  if (!ctx.viewerId) return false;
  if (ctx.viewerId === ownerId) return true;
  const viewer = await ctx.loaders.get(usersById).load(ctx.viewerId);
  return !!viewer && isStaff(viewer.role);
}

/** Removed and hidden posts stay visible to their author (who sees why) and to staff, and to nobody else. */
export async function visibleTo(ctx: RequestContext, post: { removedAt: Date | null; hiddenAt: Date | null; authorId: string }): Promise<boolean> {
  return (!post.removedAt && !post.hiddenAt) || viewerOwnsOrModerates(ctx, post.authorId);
}
