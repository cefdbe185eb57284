import { Card, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SignInPrompt } from '../modules/auth/components/SignInPrompt';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { PageTitle } from '../modules/common/components/PageTitle';
import { MarkAllReadButton } from '../modules/notifications/components/MarkAllReadButton';
import { NotificationList } from '../modules/notifications/components/NotificationList';
import { useUnreadNotificationCount } from '../modules/notifications/hooks/useNotificationFeed';

/** `/notifications` and `/notifications?show=unread`: the signed-in member's inbox. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const { unreadCount } = useUnreadNotificationCount(viewer !== null);
  const [searchParams] = useSearchParams();
  const unreadOnly = searchParams.get('show') === 'unread';

  if (loading) return <Spinner label={t('common.loading')} />;
  return (
    <>
      <PageTitle>{t('live.inbox.title')}</PageTitle>
      <header className="page-header page-header--tight">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('live.inbox.title')}</h1>
        </div>
        {viewer && <MarkAllReadButton disabled={unreadCount === 0} />}
      </header>
      {viewer ? (
        <Card className="list-card">
          <nav className="filter-tabs" aria-label={t('live.inbox.filters')}>
            <Link className="filter-tabs__tab" to={{ search: '' }} aria-current={unreadOnly ? undefined : 'page'} replace>
              {t('live.inbox.all')}
            </Link>
            <Link className="filter-tabs__tab" to={{ search: '?show=unread' }} aria-current={unreadOnly ? 'page' : undefined} replace>
              {t('live.inbox.unread')}
            </Link>
          </nav>
          <NotificationList unreadOnly={unreadOnly} viewerId={viewer.id} />
        </Card>
      ) : (
        <SignInPrompt message={t('live.inbox.signIn')} />
      )}
    </>
  );
}
