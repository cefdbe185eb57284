/** Stable `extensions.code` values that clients may switch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  /** Too many posts in the last hour; `extensions.retryAfterSeconds` says how long to wait. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A watched word refuses the post; `extensions.rule` names the rule (never the word list). */
  CONTENT_BLOCKED = 'CONTENT_BLOCKED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
