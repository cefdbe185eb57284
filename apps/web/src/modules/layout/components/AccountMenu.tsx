import { Avatar, Button, buttonClassName } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withReturnTo } from '../../../lib/returnTo';
import { useSession } from '../../auth/hooks/useSession';
import { useViewer } from '../../auth/hooks/useViewer';
import { useCurrentPath } from '../../common/hooks/useCurrentPath';
import { UserLevelBadge } from '../../users/components/UserLevelBadge';

/** The signed-in person with a way out, or the ways in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const session = useSession();
  const here = useCurrentPath();

  if (loading) return <div className="account-menu" aria-hidden="true" />;
  if (!viewer) {
    const returnTo = here.startsWith('/signin') || here.startsWith('/signup') ? '/' : here;
    return (
      <div className="account-menu">
        <Link className={buttonClassName({ variant: 'ghost', size: 'sm' })} to={withReturnTo('/signin', returnTo)}>
          {t('nav.signIn')}
        </Link>
        <Link className={buttonClassName({ size: 'sm' })} to={withReturnTo('/signup', returnTo)}>
          {t('nav.signUp')}
        </Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <Link className="account-menu__profile" to={`/users/${viewer.id}`}>
        <Avatar name={viewer.displayName} size="sm" />
        <span className="account-menu__name">{viewer.displayName}</span>
        <UserLevelBadge level={viewer.level} />
      </Link>
      <Button variant="ghost" size="sm" onClick={() => void session.end()}>
        {t('nav.signOut')}
      </Button>
    </div>
  );
}
