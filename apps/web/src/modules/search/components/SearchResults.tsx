import { Alert, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX } from '../searchQuery';
import type { useSearch } from '../hooks/useSearch';
import { SearchResultItem } from './SearchResultItem';
import { SearchTips } from './SearchTips';

export interface SearchResultsProps {
  query: string;
  results: ReturnType<typeof useSearch>;
}

/** The matches, a page at a time, or why there are none. */
export function SearchResults({ query, results }: SearchResultsProps) {
  const { t } = useTranslation();
  const { hits, hasMore, loading, firstLoad, stale, problem, loadMore } = results;
  if (firstLoad) return <Spinner label={t('search.searching')} />;
  if (problem === 'badInput') {
    return (
      <div className="search-problem">
        <Alert title={t('search.errors.badInputTitle')}>{t('search.errors.badInput', { max: SEARCH_QUERY_MAX })}</Alert>
        <SearchTips />
      </div>
    );
  }
  if (problem) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (hits.length === 0) {
    return (
      <div className="search-empty">
        <EmptyState title={t('search.empty.title', { query })} headingLevel={2}>
          <p>{t('search.empty.message')}</p>
        </EmptyState>
        <SearchTips />
      </div>
    );
  }
  return (
    <>
      <h2 id="search-results-heading" className="ui-visually-hidden">
        {t('search.resultsHeading')}
      </h2>
      <ul className="search-results" aria-labelledby="search-results-heading" aria-busy={stale || undefined}>
        {hits.map((hit) => (
          <SearchResultItem key={hit.question.id} hit={hit} />
        ))}
      </ul>
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore}>
        {t('common.loadMore')}
      </LoadMore>
    </>
  );
}
