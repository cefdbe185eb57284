/** What a notification is about; the inbox groups unread ones of one type about one subject. */
export enum NotificationType {
  /** Someone answered your question. */
  NEW_ANSWER = 'NEW_ANSWER',
  /** Someone answered a question you follow (not yours). */
  THREAD_REPLY = 'THREAD_REPLY',
  /** A new question in a community you follow. */
  NEW_QUESTION = 'NEW_QUESTION',
  ANSWER_HELPFUL = 'ANSWER_HELPFUL',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ANSWER_RECOMMENDED = 'ANSWER_RECOMMENDED',
  /** Someone wrote @"Your Name" in a question or an answer. */
  MENTION = 'MENTION',
  BADGE_EARNED = 'BADGE_EARNED',
  LEVEL_REACHED = 'LEVEL_REACHED',
  MODERATION_OUTCOME = 'MODERATION_OUTCOME',
}

/** What a moderator decided about you or your post. */
export enum ModerationOutcome {
  POST_HIDDEN = 'POST_HIDDEN',
  /** Held for review before anyone else sees it (watched words, a new account's links). */
  POST_HELD = 'POST_HELD',
  POST_REMOVED = 'POST_REMOVED',
  POST_RESTORED = 'POST_RESTORED',
  QUESTION_MERGED = 'QUESTION_MERGED',
  WARNED = 'WARNED',
  SUSPENDED = 'SUSPENDED',
  SUSPENSION_LIFTED = 'SUSPENSION_LIFTED',
  APPEAL_GRANTED = 'APPEAL_GRANTED',
  APPEAL_DENIED = 'APPEAL_DENIED',
}

/** "Someone is writing an answer" lasts this long after their last setComposing(true). */
export const COMPOSING_TTL_MS = 30_000;

/** WebSocket close codes the API uses on /graphql (graphql-ws). */
export const LIVE_CLOSE_CODES = {
  /** The instance is shutting down: reconnect (graphql-ws clients retry it, landing on another instance). */
  SERVICE_RESTART: 1012,
  /** The token in connectionParams is invalid or expired: sign in again, do not retry as is. */
  FORBIDDEN: 4403,
} as const;
