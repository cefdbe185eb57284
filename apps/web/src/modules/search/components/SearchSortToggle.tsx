import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEARCH_SORTS, type SearchParams, searchSearch } from '../searchQuery';

/** Relevance or newest first; the choice lives in the URL (`&sort=NEWEST`). */
export function SearchSortToggle({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  return (
    <div className="segmented">
      <span id="search-sort-label" className="segmented__label">
        {t('search.sort.label')}
      </span>
      <nav className="segmented__options" aria-labelledby="search-sort-label">
        {SEARCH_SORTS.map((sort) => (
          <Link
            key={sort}
            className="segmented__option"
            to={{ search: searchSearch({ ...params, sort }) }}
            aria-current={sort === params.sort ? 'true' : undefined}
            replace
          >
            {t(`search.sort.${sort}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
