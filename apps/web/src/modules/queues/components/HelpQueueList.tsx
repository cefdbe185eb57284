import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import type { useHelpQueue } from '../hooks/useHelpQueue';
import type { HelpQueue } from '../queues';
import { HelpQueueItem } from './HelpQueueItem';

export function HelpQueueList({ queue, list }: { queue: HelpQueue; list: ReturnType<typeof useHelpQueue> }) {
  const { t } = useTranslation();
  const { questions, hasMore, loading, firstLoad, error, loadMore } = list;
  if (firstLoad) return <Spinner label={t('common.loading')} />;
  if (error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (questions.length === 0) return <EmptyState title={t(`queues.empty.${queue}`)} headingLevel={2} />;
  return (
    <>
      <ul className="question-list">
        {questions.map((question) => (
          <HelpQueueItem key={question.id} question={question} />
        ))}
      </ul>
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
