import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type CommunityFilter = 'all' | 'solved' | 'unsolved' | 'tips';

const SEARCH: Record<CommunityFilter, string> = { all: '', solved: '?solved=true', unsolved: '?solved=false', tips: '?show=tips' };

/** The filter lives in the URL (`?solved=true`, `?show=tips`), so a filtered list can be shared and reloaded. */
export function communityFilterFrom(params: URLSearchParams): CommunityFilter {
  if (params.get('show') === 'tips') return 'tips';
  const solved = params.get('solved');
  if (solved === 'true') return 'solved';
  if (solved === 'false') return 'unsolved';
  return 'all';
}

export function QuestionFilterTabs({ current }: { current: CommunityFilter }) {
  const { t } = useTranslation();
  return (
    <nav className="filter-tabs" aria-label={t('community.filterLabel')}>
      {(Object.keys(SEARCH) as CommunityFilter[]).map((filter) => (
        <Link
          key={filter}
          className="filter-tabs__tab"
          to={{ search: SEARCH[filter] }}
          aria-current={filter === current ? 'page' : undefined}
          replace
        >
          {t(`community.filters.${filter}`)}
        </Link>
      ))}
    </nav>
  );
}
