import { isSuspended } from '@agora/shared';
import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden } from '../../core/graphql/errors';

const ALLOWED_WHILE_SUSPENDED = 'agora:allowed-while-suspended';

/** Marks a mutation a suspended member may still call: appeals, and keeping up with what they read. */
export const AllowedWhileSuspended = () => SetMetadata(ALLOWED_WHILE_SUSPENDED, true);

/**
 * Suspended members can read and appeal, nothing else: every signed-in mutation passes here (from the
 * SignedIn / StaffOnly / AdminOnly guards), so no write can forget the check.
 */
export function assertMayWrite(context: ExecutionContext, viewer: { suspendedUntil: Date | null }): void {
  if (!isSuspended(viewer)) return;
  if (GqlExecutionContext.create(context).getInfo().parentType.name !== 'Mutation') return;
  if (Reflect.getMetadata(ALLOWED_WHILE_SUSPENDED, context.getHandler())) return;
  const until = (viewer.suspendedUntil as Date).toISOString();
  const error = forbidden(`Your account is suspended until ${until}: you can read and appeal, but not post, vote or report.`);
  Object.assign(error.extensions, { suspendedUntil: until });
  throw error;
}
