import { skipToken, useQuery } from '@apollo/client/react';
import { HelpQueueDocument } from '../../../generated/graphql';
import { type HelpQueue, QUEUE_FILTERS } from '../queues';
import { connectionPage } from '../../common/hooks/connectionPage';

export const HELP_QUEUE_PAGE_SIZE = 20;

/**
 * A queue of questions waiting for help, oldest first, a page at a time (the cache joins the pages).
 * `ready` false while the community's id is still unknown, so the all-communities list does not flash.
 */
export function useHelpQueue({ queue, communityId, ready }: { queue: HelpQueue; communityId?: string; ready: boolean }) {
  const { data, loading, error, fetchMore } = useQuery(
    HelpQueueDocument,
    ready
      ? {
          variables: { ...QUEUE_FILTERS[queue], communityId, first: HELP_QUEUE_PAGE_SIZE },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const { nodes, hasMore, loadMore } = connectionPage(data?.questions, fetchMore);
  return {
    questions: nodes,
    totalCount: data?.questions.totalCount ?? 0,
    hasMore,
    loading,
    firstLoad: !data && (loading || !ready),
    error: data ? undefined : error,
    loadMore,
  };
}
