export enum PostKind {
  QUESTION = 'QUESTION',
  /** A how-to article by a level 5+ member: nobody answers it, members mark it helpful. */
  USER_TIP = 'USER_TIP',
}

export enum RemovalReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_INFORMATION = 'PERSONAL_INFORMATION',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

/** Removals for these reasons also cost the author points. */
export const PENALISED_REMOVAL_REASONS: readonly RemovalReason[] = [RemovalReason.SPAM, RemovalReason.ABUSE];
