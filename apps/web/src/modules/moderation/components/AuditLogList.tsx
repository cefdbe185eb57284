import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import type { useAuditLog } from '../hooks/useAuditLog';
import { ModerationEntryItem } from './ModerationEntryItem';

/** A page of the audit log, with "Load more" for older entries. */
export function AuditLogList({ log }: { log: ReturnType<typeof useAuditLog> }) {
  const { t } = useTranslation();
  if (log.firstLoad) return <Spinner label={t('common.loading')} />;
  if (log.error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (log.entries.length === 0) return <EmptyState title={t('moderation.audit.empty')} />;
  return (
    <>
      <ul className="moderation-entries" aria-label={t('moderation.audit.entries')}>
        {log.entries.map((entry) => (
          <ModerationEntryItem key={entry.id} entry={entry} showPeople />
        ))}
      </ul>
      <LoadMore hasMore={log.hasMore} loading={log.loading} onLoadMore={log.loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
