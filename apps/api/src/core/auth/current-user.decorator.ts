import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

/** The signed-in user, loaded by SignedInGuard; use only on resolvers guarded by @SignedIn(). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<AuthenticatedContext>().viewer,
);

/** The viewer's id, or null for an anonymous request. */
export const ViewerId = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<RequestContext>().viewerId,
);

export interface AuthenticatedContext extends RequestContext {
  viewer?: unknown;
}
