import type { LeaderboardPeriod } from '../../generated/graphql';

export const PERIODS: readonly LeaderboardPeriod[] = ['WEEK', 'MONTH', 'ALL_TIME'];
const DEFAULT_PERIOD: LeaderboardPeriod = 'ALL_TIME';

/** The board shown: both parts live in the URL (`?period=WEEK&community=phones`), so it can be shared and reloaded. */
export interface LeaderboardFilter {
  period: LeaderboardPeriod;
  /** A community slug; null for every community. */
  community: string | null;
}

export function leaderboardFilterFrom(params: URLSearchParams): LeaderboardFilter {
  const period = params.get('period');
  return {
    period: PERIODS.find((candidate) => candidate === period) ?? DEFAULT_PERIOD,
    community: params.get('community') || null,
  };
}

/** The query string for a filter; the defaults are left out, so `/leaderboard` is the all-time, all-communities board. */
export function leaderboardSearch({ period, community }: LeaderboardFilter): string {
  const params = new URLSearchParams();
  if (period !== DEFAULT_PERIOD) params.set('period', period);
  if (community) params.set('community', community);
  const search = params.toString();
  return search ? `?${search}` : '';
}
