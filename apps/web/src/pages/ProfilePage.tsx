import { Alert, Card, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { isStaffRole } from '../modules/auth/permissions';
import { AwardedBadgeList } from '../modules/badges/components/AwardedBadgeList';
import { NotFound } from '../modules/common/components/NotFound';
import { PageTitle } from '../modules/common/components/PageTitle';
import { QuestionList } from '../modules/questions/components/QuestionList';
import { PointsHistory } from '../modules/reputation/components/PointsHistory';
import { ProfileCard } from '../modules/users/components/ProfileCard';
import { useUserProfile } from '../modules/users/hooks/useUserProfile';

export function ProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user, loading, error } = useUserProfile(id);
  const { viewer } = useViewer();

  if (loading) return <Spinner label={t('common.loading')} />;
  if (!user) return error ? <Alert>{t('errors.loadFailed')}</Alert> : <NotFound title={t('profile.notFound')} />;
  // The API shows a member's points history to them and to staff only, so nobody else asks for it.
  const seesHistory = viewer !== null && (viewer.id === user.id || isStaffRole(viewer.role));
  return (
    <>
      <PageTitle>{user.displayName}</PageTitle>
      <ProfileCard user={user} />
      <section className="page-section" aria-labelledby="profile-badges-heading">
        <div className="section-header">
          <h2 id="profile-badges-heading" className="section-heading">
            {t('profileBadges.heading')}
          </h2>
          <Link to="/badges">{t('profileBadges.allBadges')}</Link>
        </div>
        <AwardedBadgeList awarded={user.badges} />
      </section>
      {seesHistory && (
        <section className="page-section" aria-labelledby="profile-history-heading">
          <h2 id="profile-history-heading" className="section-heading">
            {t('pointsHistory.heading')}
          </h2>
          <Card className="list-card">
            <PointsHistory userId={user.id} />
          </Card>
        </section>
      )}
      <section className="page-section" aria-labelledby="profile-questions-heading">
        <h2 id="profile-questions-heading" className="section-heading">
          {t('profile.recentQuestions')}
        </h2>
        <Card className="list-card">
          <QuestionList filter={{ authorId: user.id }} pageSize={10} showCommunity emptyMessage={t('profile.noQuestions')} />
        </Card>
      </section>
    </>
  );
}
