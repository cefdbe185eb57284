import { useMutation, useQuery } from '@apollo/client/react';
import { ModerationQueueDocument, type QueueItemKind, ResolveAppealDocument } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export const MODERATION_QUEUE_PAGE_SIZE = 20;

/** Open items, oldest first, a page at a time; `kinds` empty for every kind. */
export function useModerationQueue(kinds: readonly QueueItemKind[]) {
  const { data, loading, error, fetchMore } = useQuery(ModerationQueueDocument, {
    variables: { filter: kinds.length > 0 ? { kinds: [...kinds] } : null, first: MODERATION_QUEUE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, hasMore, loadMore } = connectionPage(data?.moderationQueue, fetchMore);
  return {
    items: nodes,
    totalCount: data?.moderationQueue.totalCount ?? 0,
    hasMore,
    loading,
    firstLoad: !data && loading,
    error: data ? undefined : error,
    loadMore,
  };
}

/** Grants (reverses the action) or denies an appeal, with an answer the member reads. */
export function useResolveAppeal() {
  const [resolve] = useMutation(ResolveAppealDocument, { refetchQueries: ['ModerationQueue', 'QuestionPage'] });
  return async (appealId: string, grant: boolean, response?: string) => {
    await resolve({ variables: { input: { appealId, grant, response } } });
  };
}
