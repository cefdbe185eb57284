import { isStaff, Role } from '@agora/shared';
import type { HelpQueueQueryVariables, Role as ApiRole } from '../../generated/graphql';

export type HelpQueue = 'unanswered' | 'unsolved';
export const HELP_QUEUES: readonly HelpQueue[] = ['unanswered', 'unsolved'];

/** The level from which the header offers the queues (staff always). The lists themselves are public. */
export const HELP_OTHERS_LEVEL = 2;
/** How long a question waits before it joins the "no solution" list. */
export const UNSOLVED_AFTER_DAYS = 7;

export const QUEUE_FILTERS: Record<HelpQueue, Pick<HelpQueueQueryVariables, 'answered' | 'solved' | 'olderThanDays'>> = {
  unanswered: { answered: false },
  unsolved: { solved: false, olderThanDays: UNSOLVED_AFTER_DAYS },
};

export function queuePath(queue: HelpQueue, community: string | null): string {
  return community ? `/${queue}?${new URLSearchParams({ community })}` : `/${queue}`;
}

/** Members from level 2 and staff are shown the way to the queues. */
export function offersHelpQueues(viewer: { role: ApiRole; level: number } | null): boolean {
  return viewer !== null && (isStaff(Role[viewer.role]) || viewer.level >= HELP_OTHERS_LEVEL);
}
