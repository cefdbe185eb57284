import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { usePointsHistory } from '../hooks/usePointsHistory';
import { PointsEventItem } from './PointsEventItem';

/** Every change to a member's points and why; only rendered for the member themself and for staff. */
export function PointsHistory({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { events, hasMore, loading, firstLoad, error, loadMore } = usePointsHistory(userId);
  if (firstLoad) return <Spinner label={t('common.loading')} />;
  if (error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (events.length === 0) return <EmptyState title={t('pointsHistory.none')} headingLevel={3} />;
  return (
    <>
      <ul className="points-history">
        {events.map((event) => (
          <PointsEventItem key={event.id} event={event} />
        ))}
      </ul>
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
