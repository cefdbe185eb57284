import type { Reference } from '@apollo/client';
import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { isReference } from '@apollo/client/utilities';
import { NotificationReceivedDocument, UnreadNotificationCountDocument } from '../../../generated/graphql';

interface CachedConnection {
  edges: { __typename?: string; cursor: string; node: Reference }[];
  totalCount?: number;
}

/** How many notifications the signed-in member has not read; 0 when signed out. */
export function useUnreadNotificationCount(signedIn: boolean) {
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, signedIn ? { fetchPolicy: 'cache-and-network' } : skipToken);
  return { unreadCount: signedIn ? (data?.unreadNotificationCount ?? 0) : 0, loaded: data !== undefined, refetch };
}

/**
 * The unread count for the header bell, kept current while signed in (the bell is the one subscriber):
 * each new notification, or one that grouped another event, moves to the top of every inbox list
 * already in the cache, and the count is read again, since a grouped one may have been unread already.
 */
export function useNotificationFeed(signedIn: boolean) {
  const { unreadCount, loaded, refetch } = useUnreadNotificationCount(signedIn);
  useSubscription(NotificationReceivedDocument, {
    skip: !signedIn,
    onData: ({ client, data: received }) => {
      const notification = received.data?.notificationReceived;
      const id = notification && client.cache.identify(notification);
      if (!id) return;
      client.cache.modify<{ notifications: CachedConnection }>({
        fields: {
          notifications: (connection, { readField, toReference }) => {
            const ref = toReference(id);
            if (!ref || isReference(connection)) return connection;
            const others = connection.edges.filter((edge) => readField('id', edge.node) !== notification.id);
            const isNew = others.length === connection.edges.length;
            return {
              ...connection,
              edges: [{ __typename: 'NotificationEdge', cursor: '', node: ref }, ...others],
              totalCount: isNew && connection.totalCount !== undefined ? connection.totalCount + 1 : connection.totalCount,
            };
          },
        },
      });
      void refetch().catch(() => undefined);
    },
  });
  return { unreadCount, loaded };
}
