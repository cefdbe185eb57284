import { isStaff, Role } from '@agora/shared';
import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticatedContext } from '../../core/auth/current-user.decorator';
import { forbidden, unauthenticated } from '../../core/graphql/errors';
import { assertMayWrite } from './write-access';
import { User } from './user.entity';
import { usersById } from './users.loaders';

@Injectable()
export class SignedInGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    await loadViewer(context);
    return true;
  }
}

@Injectable()
export class StaffGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!isStaff((await loadViewer(context)).role)) throw forbidden('Only moderators can do this.');
    return true;
  }
}

@Injectable()
export class AdminGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    if ((await loadViewer(context)).role !== Role.ADMIN) throw forbidden('Only administrators can do this.');
    return true;
  }
}

async function loadViewer(context: ExecutionContext): Promise<User> {
  const ctx = GqlExecutionContext.create(context).getContext<AuthenticatedContext>();
  if (!ctx.viewerId) throw unauthenticated();
  const viewer = await ctx.loaders.get(usersById).load(ctx.viewerId);
  if (!viewer) throw unauthenticated('Your account no longer exists. Please sign in again.');
  assertMayWrite(context, viewer);
  ctx.viewer = viewer;
  return viewer;
}

/** The operation needs a signed-in user; the resolver can then take it with @CurrentUser(). */
export const SignedIn = () => applyDecorators(UseGuards(SignedInGuard));
/** Moderators and administrators only. */
export const StaffOnly = () => applyDecorators(UseGuards(StaffGuard));
/** Administrators only. */
export const AdminOnly = () => applyDecorators(UseGuards(AdminGuard));
