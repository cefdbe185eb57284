import { useMutation } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../../generated/graphql';

/** One notification: its reply updates it in the cache by id; the bell's count is read again. */
export function useMarkNotificationRead() {
  const [mark] = useMutation(MarkNotificationReadDocument, { refetchQueries: [UnreadNotificationCountDocument] });
  return async (id: string) => {
    await mark({ variables: { id } });
  };
}

/** Every notification: the inbox and the count are read again (the reply is only how many changed). */
export function useMarkAllNotificationsRead() {
  const [markAll, { loading }] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument, NotificationsDocument],
    awaitRefetchQueries: true,
  });
  return {
    markAll: async () => {
      await markAll();
    },
    pending: loading,
  };
}
