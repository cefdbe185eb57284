import { Alert, Card, EmptyState, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../modules/common/components/PageTitle';
import { useCommunities } from '../modules/communities/hooks/useCommunities';
import { LeaderboardCommunitySelect } from '../modules/leaderboard/components/LeaderboardCommunitySelect';
import { LeaderboardPeriodTabs } from '../modules/leaderboard/components/LeaderboardPeriodTabs';
import { LeaderboardTable } from '../modules/leaderboard/components/LeaderboardTable';
import { useLeaderboard } from '../modules/leaderboard/hooks/useLeaderboard';
import { leaderboardFilterFrom, leaderboardSearch } from '../modules/leaderboard/leaderboardFilter';

/** `/leaderboard?period=WEEK&community=phones`: the members who earned the most points. */
export function LeaderboardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = leaderboardFilterFrom(searchParams);
  const { communities, loading: communitiesLoading, error: communitiesError } = useCommunities();
  const community = filter.community ? communities.find((candidate) => candidate.slug === filter.community) : undefined;
  const unknownCommunity = filter.community !== null && !communitiesLoading && !community;
  const board = useLeaderboard({
    period: filter.period,
    communityId: community?.id,
    ready: filter.community === null || community !== undefined,
  });

  const chooseCommunity = (slug: string | null) => {
    setSearchParams(new URLSearchParams(leaderboardSearch({ ...filter, community: slug })), { replace: true });
  };
  const periodName = t(`leaderboard.periods.${filter.period}`);
  const communityName = community?.name ?? t('leaderboard.allCommunities');

  const body = () => {
    if (unknownCommunity) {
      return communitiesError ? <Alert>{t('errors.loadFailed')}</Alert> : <EmptyState title={t('leaderboard.unknownCommunity')} headingLevel={2} />;
    }
    if (board.firstLoad) return <Spinner label={t('common.loading')} />;
    if (board.error) return <Alert>{t('errors.loadFailed')}</Alert>;
    if (board.entries.length === 0) return <EmptyState title={t('leaderboard.empty')} headingLevel={2} />;
    return (
      <LeaderboardTable
        entries={board.entries}
        busy={board.refreshing}
        caption={t('leaderboard.caption', { period: periodName, community: communityName })}
      />
    );
  };

  return (
    <>
      <PageTitle>{t('leaderboard.title')}</PageTitle>
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('leaderboard.title')}</h1>
          <p className="page-header__description">{t('leaderboard.intro')}</p>
        </div>
      </header>
      <Card className="list-card">
        <div className="leaderboard-controls">
          <LeaderboardPeriodTabs filter={filter} />
          <LeaderboardCommunitySelect communities={communities} value={filter.community} onChange={chooseCommunity} />
        </div>
        {body()}
      </Card>
      <p className="footnote">
        {filter.period !== 'ALL_TIME'
          ? t('leaderboard.periodNote')
          : filter.community
            ? t('leaderboard.communityNote')
            : t('leaderboard.allTimeNote')}
      </p>
    </>
  );
}
