/** Why a ledger row exists. Each undo is a row of its own with its own reason. */
export enum PointsReason {
  FIRST_QUESTION = 'FIRST_QUESTION',
  FIRST_ANSWER = 'FIRST_ANSWER',
  ME_TOO_RECEIVED = 'ME_TOO_RECEIVED',
  ME_TOO_WITHDRAWN = 'ME_TOO_WITHDRAWN',
  ANSWER_MARKED_HELPFUL = 'ANSWER_MARKED_HELPFUL',
  ANSWER_UNMARKED_HELPFUL = 'ANSWER_UNMARKED_HELPFUL',
  TIP_MARKED_HELPFUL = 'TIP_MARKED_HELPFUL',
  TIP_UNMARKED_HELPFUL = 'TIP_UNMARKED_HELPFUL',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ANSWER_UNACCEPTED = 'ANSWER_UNACCEPTED',
  ACCEPTED_AN_ANSWER = 'ACCEPTED_AN_ANSWER',
  UNACCEPTED_AN_ANSWER = 'UNACCEPTED_AN_ANSWER',
  ANSWER_RECOMMENDED = 'ANSWER_RECOMMENDED',
  ANSWER_UNRECOMMENDED = 'ANSWER_UNRECOMMENDED',
  POST_REMOVED = 'POST_REMOVED',
  POST_RESTORED = 'POST_RESTORED',
  REMOVED_AS_SPAM_OR_ABUSE = 'REMOVED_AS_SPAM_OR_ABUSE',
  PENALTY_LIFTED = 'PENALTY_LIFTED',
  /** An undo would have taken reputation below 0: the shortfall is taken off outstanding penalties. */
  PENALTY_ABSORBED = 'PENALTY_ABSORBED',
  /** Reputation carried over from before this ledger (demo data, imports). */
  IMPORTED = 'IMPORTED',
}

/**
 * What each event is worth. Limits on helpful marks and me-toos count the events that still earn
 * points on one post; the User Tip limit is in points. Override per deployment with the POINTS_RULES
 * environment variable (JSON with any of these keys).
 */
export interface PointsRules {
  firstQuestion: number;
  firstAnswerToOthers: number;
  meTooReceived: number;
  maxRewardedMeToosPerQuestion: number;
  answerMarkedHelpful: number;
  maxRewardedHelpfulMarksPerAnswer: number;
  tipMarkedHelpful: number;
  maxPointsPerTip: number;
  answerAccepted: number;
  acceptedSomeoneElsesAnswer: number;
  answerRecommended: number;
  removedAsSpamOrAbuse: number;
  /** Helpful marks (answers and tips) and me-toos together earn at most this much per UTC day. */
  dailyCapFromVotes: number;
}

export const DEFAULT_POINTS_RULES: Readonly<PointsRules> = Object.freeze({
  firstQuestion: 4,
  firstAnswerToOthers: 8,
  meTooReceived: 1,
  maxRewardedMeToosPerQuestion: 15,
  answerMarkedHelpful: 6,
  maxRewardedHelpfulMarksPerAnswer: 30,
  tipMarkedHelpful: 10,
  maxPointsPerTip: 200,
  answerAccepted: 15,
  acceptedSomeoneElsesAnswer: 2,
  answerRecommended: 10,
  removedAsSpamOrAbuse: -100,
  dailyCapFromVotes: 200,
});

/** Merges a deployment's overrides (JSON text) over the defaults, refusing unknown keys and non-integers. */
export function parsePointsRules(json: string | undefined): PointsRules {
  if (!json) return { ...DEFAULT_POINTS_RULES };
  const overrides: unknown = JSON.parse(json);
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new Error('POINTS_RULES must be a JSON object');
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_POINTS_RULES)) throw new Error(`POINTS_RULES: unknown rule "${key}"`);
    if (!Number.isInteger(value)) throw new Error(`POINTS_RULES: "${key}" must be a whole number`);
  }
  return { ...DEFAULT_POINTS_RULES, ...(overrides as Partial<PointsRules>) };
}
