import { EmptyState, Spinner } from '@agora/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { isStaffRole } from '../../auth/permissions';
import { PageTitle } from '../../common/components/PageTitle';

export interface ModerationAreaProps {
  title: string;
  description?: string;
  /** Pages only administrators may open (the audit log). */
  adminOnly?: boolean;
  children: ReactNode;
}

/** The frame of every staff page: a title, the area's tabs, and a refusal for everyone else. */
export function ModerationArea({ title, description, adminOnly = false, children }: ModerationAreaProps) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  if (loading) return <Spinner label={t('common.loading')} />;
  const allowed = viewer !== null && (adminOnly ? viewer.role === 'ADMIN' : isStaffRole(viewer.role));
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">{title}</h1>
          {description && <p className="page-header__description">{description}</p>}
        </div>
      </header>
      {allowed ? (
        <>
          <nav className="moderation-tabs" aria-label={t('moderation.nav.label')}>
            <NavLink to="/moderation" end>
              {t('moderation.nav.queue')}
            </NavLink>
            <NavLink to="/moderation/watched-words">{t('moderation.nav.watchedWords')}</NavLink>
            {viewer.role === 'ADMIN' && <NavLink to="/moderation/audit-log">{t('moderation.nav.auditLog')}</NavLink>}
          </nav>
          {children}
        </>
      ) : (
        <EmptyState title={t('moderation.staffOnly')} />
      )}
    </>
  );
}
