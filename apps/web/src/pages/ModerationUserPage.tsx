import { Alert, Card, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { NotFound } from '../modules/common/components/NotFound';
import { useFormatters } from '../modules/common/hooks/useFormatters';
import { AuditLogList } from '../modules/moderation/components/AuditLogList';
import { ModerationArea } from '../modules/moderation/components/ModerationArea';
import { UserModerationActions } from '../modules/moderation/components/UserModerationActions';
import { useAuditLog } from '../modules/moderation/hooks/useAuditLog';
import { useModerationUser } from '../modules/moderation/hooks/useModerationUser';

/** `/moderation/users/:id`: a member's standing, what staff can do about them, and their record. */
export function ModerationUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <ModerationArea title={t('moderation.user.title')}>
      <ModeratedUser userId={id} />
    </ModerationArea>
  );
}

function ModeratedUser({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const moderated = useModerationUser(userId);
  const isAdmin = viewer?.role === 'ADMIN';
  const history = useAuditLog({ subjectUserId: userId });
  const { user } = moderated;

  if (moderated.loading) return <Spinner label={t('common.loading')} />;
  if (!user) return moderated.error ? <Alert>{t('errors.loadFailed')}</Alert> : <NotFound title={t('moderation.user.notFound')} />;
  return (
    <>
      <Card>
        <h2 className="section-heading">
          <Link to={`/users/${user.id}`}>{user.displayName}</Link>
        </h2>
        <dl className="moderation-facts">
          <dt>{t('moderation.user.email')}</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt>{t('moderation.user.role')}</dt>
          <dd>{t(`moderation.roles.${user.role}`)}</dd>
          <dt>{t('moderation.user.level')}</dt>
          <dd>{t('moderation.queue.level', { level: user.level })}</dd>
          <dt>{t('moderation.user.joined')}</dt>
          <dd>{format.date(user.createdAt)}</dd>
          <dt>{t('moderation.user.posts')}</dt>
          <dd>{t('moderation.user.postCounts', { questions: user.questionCount, answers: user.answerCount })}</dd>
          <dt>{t('moderation.user.standing')}</dt>
          <dd>
            {user.suspendedUntil
              ? t('moderation.user.suspendedUntil', { until: format.dateTime(user.suspendedUntil), reason: user.suspensionReason ?? '' })
              : t('moderation.user.inGoodStanding')}
          </dd>
        </dl>
      </Card>
      <Card>
        <UserModerationActions moderated={moderated} isAdmin={isAdmin} />
      </Card>
      <Card>
        <h2 className="section-heading">{t('moderation.user.historyTitle')}</h2>
        <AuditLogList log={history} />
      </Card>
    </>
  );
}
