import { ErrorCode } from '@agora/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';

/**
 * What a member is told when moderation refuses a write: the rule a post breaks, how long to wait, or
 * until when the account is suspended. Null for every other error, which the caller describes.
 */
export function describeModerationError(error: GraphQLFormattedError, t: TFunction): string | null {
  const extensions = error.extensions ?? {};
  switch (extensions['code']) {
    case ErrorCode.RATE_LIMITED: {
      const minutes = Math.max(1, Math.ceil(Number(extensions['retryAfterSeconds'] ?? 60) / 60));
      return t('moderation.errors.rateLimited', { message: error.message, count: minutes });
    }
    case ErrorCode.CONTENT_BLOCKED:
      return t('moderation.errors.contentBlocked', { rule: String(extensions['rule'] ?? '') });
    case ErrorCode.FORBIDDEN:
      // A suspended member is told until when; other refusals keep the generic wording.
      if (typeof extensions['suspendedUntil'] === 'string') {
        return t('moderation.errors.suspended', { until: new Date(extensions['suspendedUntil']) });
      }
      return null;
    default:
      return null;
  }
}
