import { Privilege } from '@agora/shared';
import { Alert, buttonClassName, Card, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { viewerCan } from '../modules/auth/permissions';
import { NotFound } from '../modules/common/components/NotFound';
import { PageTitle } from '../modules/common/components/PageTitle';
import { CommunityStats } from '../modules/communities/components/CommunityStats';
import { useCommunity } from '../modules/communities/hooks/useCommunity';
import { FollowCommunityButton } from '../modules/notifications/components/FollowCommunityButton';
import { communityFilterFrom, QuestionFilterTabs } from '../modules/questions/components/QuestionFilterTabs';
import { QuestionList } from '../modules/questions/components/QuestionList';
import type { QuestionFilter } from '../modules/questions/hooks/useQuestionList';

export function CommunityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const filter = communityFilterFrom(searchParams);
  const { community, loading, error } = useCommunity(slug);
  const { viewer } = useViewer();

  if (loading) return <Spinner label={t('common.loading')} />;
  if (!community) return error ? <Alert>{t('errors.loadFailed')}</Alert> : <NotFound title={t('community.notFound')} />;
  const listFilter: QuestionFilter =
    filter === 'tips'
      ? { communityId: community.id, kind: 'USER_TIP' }
      : { communityId: community.id, solved: filter === 'all' ? undefined : filter === 'solved' };
  return (
    <>
      <PageTitle>{community.name}</PageTitle>
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">{community.name}</h1>
          <p className="page-header__description">{community.description}</p>
          <CommunityStats community={community} />
        </div>
        {viewer && <FollowCommunityButton slug={community.slug} />}
        <Link className={buttonClassName({ variant: 'primary' })} to={`/ask?${new URLSearchParams({ community: community.slug })}`}>
          {t('community.ask', { name: community.name })}
        </Link>
      </header>
      <Card className="list-card">
        <QuestionFilterTabs current={filter} />
        {filter === 'tips' && (
          <div className="list-intro">
            <p className="list-intro__text">{t('tips.listIntro')}</p>
            {viewerCan(viewer, Privilege.WRITE_USER_TIPS) && (
              <Link
                className={buttonClassName({ size: 'sm' })}
                to={`/ask?${new URLSearchParams({ kind: 'tip', community: community.slug })}`}
              >
                {t('tips.write')}
              </Link>
            )}
          </div>
        )}
        <QuestionList filter={listFilter} emptyMessage={t(`community.empty.${filter}`)} />
      </Card>
    </>
  );
}
