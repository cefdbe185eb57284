import { Alert, Card, EmptyState, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { SignInPrompt } from '../modules/auth/components/SignInPrompt';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { PageTitle } from '../modules/common/components/PageTitle';
import { AppealStatus } from '../modules/moderation/components/AppealStatus';
import { ModerationEntryItem } from '../modules/moderation/components/ModerationEntryItem';
import { useMyModerationActions } from '../modules/moderation/hooks/useMyModerationActions';

/** `/moderation-notices`: what staff and filters did about the signed-in member, each appealable once. */
export function ModerationNoticesPage() {
  const { t } = useTranslation();
  const { viewer, loading: viewerLoading } = useViewer();
  const { actions, loading, error } = useMyModerationActions();

  const body = () => {
    if (viewerLoading || loading) return <Spinner label={t('common.loading')} />;
    if (!viewer) return <SignInPrompt message={t('moderation.notices.signIn')} />;
    if (error) return <Alert>{t('errors.loadFailed')}</Alert>;
    if (actions.length === 0) return <EmptyState title={t('moderation.notices.empty')} />;
    return (
      <ul className="moderation-entries">
        {actions.map((entry) => (
          <ModerationEntryItem key={entry.id} entry={entry}>
            <AppealStatus entry={entry} />
          </ModerationEntryItem>
        ))}
      </ul>
    );
  };

  return (
    <>
      <PageTitle>{t('moderation.notices.title')}</PageTitle>
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('moderation.notices.title')}</h1>
          <p className="page-header__description">{t('moderation.notices.intro')}</p>
        </div>
      </header>
      <Card>{body()}</Card>
    </>
  );
}
