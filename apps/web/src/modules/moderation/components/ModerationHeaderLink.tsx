import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { isStaffRole } from '../../auth/permissions';
import { useMyModerationActions } from '../hooks/useMyModerationActions';

/** Staff reach the moderation area; a member with something to read about their account, their notices. */
export function ModerationHeaderLink() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return isStaffRole(viewer.role) ? <StaffLink /> : <MemberNoticesLink />;
}

function StaffLink() {
  const { t } = useTranslation();
  return (
    <NavLink className="moderation-header-link" to="/moderation">
      {t('moderation.nav.area')}
    </NavLink>
  );
}

function MemberNoticesLink() {
  const { t } = useTranslation();
  const { actions } = useMyModerationActions();
  if (actions.length === 0) return null;
  return (
    <NavLink className="moderation-header-link" to="/moderation-notices">
      {t('moderation.nav.notices')}
    </NavLink>
  );
}
