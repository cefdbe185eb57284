import { levelFor } from './levels';
import { isStaff, Role } from './roles';

/** Why a member reports a post or a person. */
export enum ReportReason {
  SPAM = 'SPAM',
  ABUSIVE = 'ABUSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_INFORMATION = 'PERSONAL_INFORMATION',
  /** Needs the question it duplicates. */
  DUPLICATE = 'DUPLICATE',
  /** Needs a note. */
  OTHER = 'OTHER',
}

/** What staff act on: a question or User Tip (QUESTION), an answer, or a member. */
export enum ModerationTargetType {
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
  USER = 'USER',
}

/** Why a post is out of sight without being removed (no points move until a removal). */
export enum HiddenReason {
  /** Enough distinct members reported it. */
  REPORTED = 'REPORTED',
  /** An automatic filter held it back before publication. */
  PENDING_REVIEW = 'PENDING_REVIEW',
  /** A moderator hid it. */
  MODERATOR = 'MODERATOR',
}

/** What a viewer is told about a post's standing. */
export enum ModerationState {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
  PENDING_REVIEW = 'PENDING_REVIEW',
  REMOVED = 'REMOVED',
}

export enum QueueItemKind {
  REPORTED = 'REPORTED',
  /** Reported by enough members to be hidden at once. */
  AUTO_HIDDEN = 'AUTO_HIDDEN',
  /** Held by an automatic filter before publication. */
  PRE_MODERATED = 'PRE_MODERATED',
  APPEAL = 'APPEAL',
}

export enum WatchedWordAction {
  /** The post is refused, with an error naming the rule. */
  BLOCK = 'BLOCK',
  /** The post waits in the review queue instead of being published. */
  REVIEW = 'REVIEW',
  /** The word is replaced in the stored text. */
  REPLACE = 'REPLACE',
}

/** Every kind of entry in the audit log. */
export enum ModerationActionType {
  APPROVE_POST = 'APPROVE_POST',
  DISMISS_REPORTS = 'DISMISS_REPORTS',
  HIDE_POST = 'HIDE_POST',
  AUTO_HIDE_POST = 'AUTO_HIDE_POST',
  HOLD_POST = 'HOLD_POST',
  REMOVE_POST = 'REMOVE_POST',
  RESTORE_POST = 'RESTORE_POST',
  EDIT_POST = 'EDIT_POST',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
  MOVE_THREAD = 'MOVE_THREAD',
  PIN_THREAD = 'PIN_THREAD',
  UNPIN_THREAD = 'UNPIN_THREAD',
  MERGE_QUESTION = 'MERGE_QUESTION',
  RECOMMEND_ANSWER = 'RECOMMEND_ANSWER',
  UNRECOMMEND_ANSWER = 'UNRECOMMEND_ANSWER',
  WARN_USER = 'WARN_USER',
  SUSPEND_USER = 'SUSPEND_USER',
  REINSTATE_USER = 'REINSTATE_USER',
  CHANGE_ROLE = 'CHANGE_ROLE',
  ADD_WATCHED_WORD = 'ADD_WATCHED_WORD',
  REMOVE_WATCHED_WORD = 'REMOVE_WATCHED_WORD',
  GRANT_APPEAL = 'GRANT_APPEAL',
  DENY_APPEAL = 'DENY_APPEAL',
}

/** Actions shown to the member they concern (myModerationActions). */
export const MEMBER_FACING_ACTIONS: readonly ModerationActionType[] = [
  ModerationActionType.HIDE_POST,
  ModerationActionType.AUTO_HIDE_POST,
  ModerationActionType.HOLD_POST,
  ModerationActionType.REMOVE_POST,
  ModerationActionType.RESTORE_POST,
  ModerationActionType.APPROVE_POST,
  ModerationActionType.MERGE_QUESTION,
  ModerationActionType.WARN_USER,
  ModerationActionType.SUSPEND_USER,
  ModerationActionType.REINSTATE_USER,
  ModerationActionType.GRANT_APPEAL,
  ModerationActionType.DENY_APPEAL,
];

/** Actions the member they concern may appeal, once each, while they still stand. */
export const APPEALABLE_ACTIONS: readonly ModerationActionType[] = [
  ModerationActionType.HIDE_POST,
  ModerationActionType.AUTO_HIDE_POST,
  ModerationActionType.REMOVE_POST,
  ModerationActionType.SUSPEND_USER,
];

export interface PostingRateLimit {
  /** Questions and User Tips per hour. */
  questionsPerHour: number;
  answersPerHour: number;
}

/** Posts per hour by level (index 0 = level 1); staff have no limit. */
export const POSTING_RATE_LIMITS: readonly PostingRateLimit[] = [
  { questionsPerHour: 3, answersPerHour: 10 },
  { questionsPerHour: 5, answersPerHour: 20 },
  { questionsPerHour: 10, answersPerHour: 40 },
  { questionsPerHour: 20, answersPerHour: 60 },
  { questionsPerHour: 30, answersPerHour: 100 },
];

/** The limit for this member, or null when none applies (staff). */
export function postingRateLimitFor(user: { role: Role; reputation: number }): PostingRateLimit | null {
  if (isStaff(user.role)) return null;
  const level = levelFor(user.reputation);
  return POSTING_RATE_LIMITS[Math.min(level, POSTING_RATE_LIMITS.length) - 1];
}

export const MODERATION_LIMITS = {
  reportNote: { max: 500 },
  appealMessage: { min: 10, max: 1000 },
  moderatorNote: { max: 1000 },
  watchedWord: { min: 2, max: 60 },
  ruleName: { min: 2, max: 80 },
} as const;

/** Suspended members can read and appeal, nothing else, until the date passes. */
export function isSuspended(user: { suspendedUntil: Date | null }, now = new Date()): boolean {
  return !!user.suspendedUntil && user.suspendedUntil > now;
}
