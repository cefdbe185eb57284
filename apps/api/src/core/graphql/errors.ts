import { ErrorCode } from '@agora/shared';
import { GraphQLError } from 'graphql';

/** Errors a client can act on, each with a stable `extensions.code`. */
function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, fields?: Record<string, string[]>) =>
  domainError(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});

export const unauthenticated = (message = 'You must be signed in to do this.') =>
  domainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You are not allowed to do this.') =>
  domainError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string) => domainError(ErrorCode.NOT_FOUND, `${what} not found.`);

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  domainError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });

export const contentBlocked = (rule: string) =>
  domainError(ErrorCode.CONTENT_BLOCKED, `Your post cannot be published: it breaks the rule "${rule}". Please reword it.`, { rule });
