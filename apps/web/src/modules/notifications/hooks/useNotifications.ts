import { useQuery } from '@apollo/client/react';
import { NotificationsDocument } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export const NOTIFICATIONS_PAGE = 20;

/** The inbox, the most recently active first, a page at a time; new ones arrive through useNotificationFeed. */
export function useNotifications(unreadOnly: boolean) {
  const { data, loading, error, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, hasMore, loadMore } = connectionPage(data?.notifications, fetchMore);
  return {
    notifications: nodes,
    totalCount: data?.notifications.totalCount ?? 0,
    hasMore,
    loading,
    firstLoad: loading && !data,
    error: data ? undefined : error,
    loadMore,
  };
}
