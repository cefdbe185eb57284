import { skipToken, useQuery } from '@apollo/client/react';
import { LeaderboardDocument, type LeaderboardPeriod } from '../../../generated/graphql';

export const LEADERBOARD_SIZE = 20;

/**
 * One board; `communityId` undefined for every community. `ready` false while the community's id is
 * still unknown, so the all-communities board does not flash in its place. The previous board stays
 * on screen while the next one loads.
 */
export function useLeaderboard({ period, communityId, ready }: { period: LeaderboardPeriod; communityId?: string; ready: boolean }) {
  const { data, previousData, loading, error } = useQuery(
    LeaderboardDocument,
    ready ? { variables: { period, communityId, first: LEADERBOARD_SIZE }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const shown = data ?? previousData;
  return {
    entries: shown?.leaderboard ?? [],
    firstLoad: !shown && (loading || !ready),
    refreshing: loading && Boolean(shown),
    error: shown ? undefined : error,
  };
}
