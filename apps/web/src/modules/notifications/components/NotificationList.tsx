import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../hooks/useNotifications';
import { useNotificationText } from '../hooks/useNotificationText';
import { NotificationItem } from './NotificationItem';

/** The inbox, or its unread part, newest activity first. */
export function NotificationList({ unreadOnly, viewerId }: { unreadOnly: boolean; viewerId: string }) {
  const { t } = useTranslation();
  const inbox = useNotifications(unreadOnly);
  const describe = useNotificationText(viewerId);

  if (inbox.firstLoad) return <Spinner label={t('common.loading')} />;
  if (inbox.error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (inbox.notifications.length === 0) {
    return unreadOnly ? (
      <EmptyState title={t('live.inbox.emptyUnread')} />
    ) : (
      <EmptyState title={t('live.inbox.empty')}>{t('live.inbox.emptyHint')}</EmptyState>
    );
  }
  return (
    <>
      <ul className="notification-list">
        {inbox.notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} text={describe(notification)} />
        ))}
      </ul>
      <LoadMore hasMore={inbox.hasMore} loading={inbox.loading} onLoadMore={inbox.loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
