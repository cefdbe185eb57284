import { useQuery } from '@apollo/client/react';
import { PointsHistoryDocument } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export const POINTS_HISTORY_PAGE = 10;

/**
 * A member's points, newest first, a page at a time (the cache joins the pages, see apolloClient).
 * The API refuses it to anyone but the member and staff, so only their pages call this.
 */
export function usePointsHistory(userId: string) {
  const { data, loading, error, fetchMore } = useQuery(PointsHistoryDocument, {
    variables: { userId, first: POINTS_HISTORY_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, hasMore, loadMore } = connectionPage(data?.user?.reputationHistory, fetchMore);
  return {
    events: nodes,
    hasMore,
    loading,
    firstLoad: loading && !data,
    error: data ? undefined : error,
    loadMore,
  };
}
