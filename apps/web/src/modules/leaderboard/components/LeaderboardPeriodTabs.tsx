import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LeaderboardFilter, leaderboardSearch, PERIODS } from '../leaderboardFilter';

export function LeaderboardPeriodTabs({ filter }: { filter: LeaderboardFilter }) {
  const { t } = useTranslation();
  return (
    <nav className="filter-tabs leaderboard-controls__tabs" aria-label={t('leaderboard.periodLabel')}>
      {PERIODS.map((period) => (
        <Link
          key={period}
          className="filter-tabs__tab"
          to={{ search: leaderboardSearch({ ...filter, period }) }}
          aria-current={period === filter.period ? 'page' : undefined}
          replace
        >
          {t(`leaderboard.periods.${period}`)}
        </Link>
      ))}
    </nav>
  );
}
