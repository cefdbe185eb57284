import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { type QuestionFilter, useQuestionList } from '../hooks/useQuestionList';
import { QuestionListItem } from './QuestionListItem';

export interface QuestionListProps {
  filter: QuestionFilter;
  pageSize?: number;
  /** On pages that span communities, each question names its community. */
  showCommunity?: boolean;
  emptyMessage: string;
}

export function QuestionList({ filter, pageSize = 20, showCommunity = false, emptyMessage }: QuestionListProps) {
  const { t } = useTranslation();
  const { questions, hasMore, loading, firstLoad, error, loadMore } = useQuestionList(filter, pageSize);
  if (firstLoad) return <Spinner label={t('common.loading')} />;
  if (error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (questions.length === 0) return <EmptyState title={emptyMessage} headingLevel={3} />;
  return (
    <>
      <ul className="question-list">
        {questions.map((question) => (
          <QuestionListItem key={question.id} question={question} showCommunity={showCommunity} />
        ))}
      </ul>
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
