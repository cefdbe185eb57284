import type { TFunction } from 'i18next';

const KNOWN_REASONS = [
  'SPAM',
  'ABUSIVE',
  'ABUSE',
  'OFF_TOPIC',
  'PERSONAL_INFORMATION',
  'DUPLICATE',
  'OTHER',
  'REPORTED',
  'PENDING_REVIEW',
  'MODERATOR',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

/** A reason code in words; a rule name (what a filter gives) as written. */
export function reasonText(t: TFunction, reason: string | null | undefined): string {
  if (!reason) return '';
  return (KNOWN_REASONS as readonly string[]).includes(reason) ? t(`moderation.reasons.${reason as KnownReason}`) : reason;
}

/** A question id, or the address of its page (what staff paste to merge or mark a duplicate). */
export function questionIdFrom(input: string): string {
  const text = input.trim();
  const match = /\/questions\/([^/?#\s]+)/.exec(text);
  return match ? match[1] : text;
}
