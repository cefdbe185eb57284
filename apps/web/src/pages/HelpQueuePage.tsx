import { Alert, Card, EmptyState } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../modules/common/components/PageTitle';
import { CommunitySelect } from '../modules/communities/components/CommunitySelect';
import { useCommunities } from '../modules/communities/hooks/useCommunities';
import { HelpQueueList } from '../modules/queues/components/HelpQueueList';
import { HelpQueueTabs } from '../modules/queues/components/HelpQueueTabs';
import { useHelpQueue } from '../modules/queues/hooks/useHelpQueue';
import { type HelpQueue, queuePath, UNSOLVED_AFTER_DAYS } from '../modules/queues/queues';

/**
 * `/unanswered` and `/unsolved`, each with `?community=phones`: questions waiting for help, oldest
 * first. The header leads members from level 2 here; the lists are public, so anyone may visit.
 */
export function HelpQueuePage({ queue }: { queue: HelpQueue }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const communitySlug = searchParams.get('community') || null;
  const { communities, loading: communitiesLoading, error: communitiesError } = useCommunities();
  const community = communitySlug ? communities.find((candidate) => candidate.slug === communitySlug) : undefined;
  const unknownCommunity = communitySlug !== null && !communitiesLoading && !community;
  const list = useHelpQueue({ queue, communityId: community?.id, ready: communitySlug === null || community !== undefined });

  const chooseCommunity = (slug: string | null) => navigate(queuePath(queue, slug), { replace: true });
  const days = UNSOLVED_AFTER_DAYS;

  const body = () => {
    if (unknownCommunity) {
      return communitiesError ? <Alert>{t('errors.loadFailed')}</Alert> : <EmptyState title={t('queues.unknownCommunity')} headingLevel={2} />;
    }
    return <HelpQueueList queue={queue} list={list} />;
  };

  return (
    <>
      <PageTitle>{t(`queues.pageTitles.${queue}`, { days })}</PageTitle>
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('queues.title')}</h1>
          <p className="page-header__description">{t('queues.intro')}</p>
        </div>
      </header>
      <Card className="list-card">
        <div className="help-queue-controls">
          <HelpQueueTabs current={queue} community={communitySlug} />
          <CommunitySelect
            id="queue-community"
            className="help-queue-controls__community"
            label={t('queues.communityLabel')}
            allLabel={t('queues.allCommunities')}
            communities={communities}
            value={communitySlug}
            onChange={chooseCommunity}
          />
        </div>
        <div className="list-intro">
          <p className="list-intro__text">{t(`queues.descriptions.${queue}`, { days })}</p>
          <p className="list-intro__count" role="status" aria-live="polite">
            {!list.firstLoad && !list.error && !unknownCommunity ? t(`queues.count.${queue}`, { count: list.totalCount }) : ''}
          </p>
        </div>
        {body()}
      </Card>
    </>
  );
}
