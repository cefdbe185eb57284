import { Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../modules/common/components/PageTitle';
import { useCommunities } from '../modules/communities/hooks/useCommunities';
import { SearchFilters } from '../modules/search/components/SearchFilters';
import { SearchForm } from '../modules/search/components/SearchForm';
import { SearchResults } from '../modules/search/components/SearchResults';
import { SearchSortToggle } from '../modules/search/components/SearchSortToggle';
import { SearchTips } from '../modules/search/components/SearchTips';
import { useSearch } from '../modules/search/hooks/useSearch';
import { type SearchParams, searchParamsFrom, searchSearch } from '../modules/search/searchQuery';

/** `/search?q=wifi is:solved&sort=NEWEST`: questions, answers and User Tips that match. */
export function SearchPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = searchParamsFrom(searchParams);
  const { communities } = useCommunities();
  const results = useSearch(params.q, params.sort);
  const hasQuery = params.q.trim() !== '';

  /** A new search is a new history entry; refining one (filters, sort) replaces it. */
  const show = (next: Partial<SearchParams>, replace: boolean) => {
    setSearchParams(new URLSearchParams(searchSearch({ ...params, ...next })), { replace });
  };
  const countShown = hasQuery && !results.firstLoad && !results.problem;

  return (
    <>
      <PageTitle>{hasQuery ? t('search.pageTitleFor', { query: params.q }) : t('search.title')}</PageTitle>
      <header className="page-header page-header--tight">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('search.title')}</h1>
          {!hasQuery && <p className="page-header__description">{t('search.intro')}</p>}
        </div>
      </header>
      <SearchForm key={params.q} query={params.q} onSearch={(q) => show({ q }, false)} />
      {hasQuery && (
        <div className="search-toolbar">
          <SearchFilters query={params.q} communities={communities} onChange={(q) => show({ q }, true)} />
          <SearchSortToggle params={params} />
        </div>
      )}
      <p className="search-count" role="status" aria-live="polite">
        {countShown ? t(results.totalCountIsLowerBound ? 'search.resultCountAtLeast' : 'search.resultCount', { count: results.totalCount }) : ''}
      </p>
      <Card className={hasQuery ? 'list-card' : undefined}>
        {hasQuery ? <SearchResults query={params.q} results={results} /> : <SearchTips />}
      </Card>
    </>
  );
}
