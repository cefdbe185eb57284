import { ErrorCode } from '@agora/shared';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeModerationError } from '../modules/moderation/moderationErrors';

export interface ApiProblem {
  /** Messages for the form fields the caller knows, by field name. */
  fieldErrors: Record<string, string>;
  /** Everything else, for an alert. */
  message: string | null;
}

export interface DescribeOptions<Field extends string> {
  fields?: readonly Field[];
  /** What to say when the API answers UNAUTHENTICATED (for example "wrong email or password" on sign-in). */
  unauthenticated?: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Turns an Apollo error into what a form shows: BAD_USER_INPUT field messages next to the fields, and one
 * localised sentence for anything else. Validation messages come from the API as written there.
 */
export function describeApiError<Field extends string>(
  error: unknown,
  t: TFunction,
  { fields = [], unauthenticated }: DescribeOptions<Field> = {},
): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) return { fieldErrors: {}, message: t('errors.network') };

  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.['code'];
    const fieldMessages = (graphQLError.extensions?.['fields'] ?? {}) as Record<string, string[]>;
    const unknownFields = Object.keys(fieldMessages).filter((field) => !(fields as readonly string[]).includes(field));
    for (const field of Object.keys(fieldMessages)) {
      if (!unknownFields.includes(field)) fieldErrors[field] = capitalise(fieldMessages[field].join(', '));
    }
    const moderationMessage = describeModerationError(graphQLError, t);
    if (moderationMessage) {
      messages.push(moderationMessage);
    } else if (code === ErrorCode.BAD_USER_INPUT) {
      if (unknownFields.length > 0 || Object.keys(fieldMessages).length === 0) messages.push(graphQLError.message);
    } else if (code === ErrorCode.UNAUTHENTICATED) {
      messages.push(unauthenticated ?? t('errors.unauthenticated'));
    } else if (code === ErrorCode.FORBIDDEN) {
      messages.push(t('errors.forbidden'));
    } else if (code === ErrorCode.NOT_FOUND) {
      messages.push(t('errors.notFound'));
    } else {
      messages.push(t('errors.generic'));
    }
  }
  return { fieldErrors, message: messages.length > 0 ? [...new Set(messages)].join(' ') : null };
}
