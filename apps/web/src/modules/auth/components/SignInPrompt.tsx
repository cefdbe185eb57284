import { buttonClassName } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withReturnTo } from '../../../lib/returnTo';
import { useCurrentPath } from '../../common/hooks/useCurrentPath';

/** Shown in place of something only members can do; signing in comes back to this page. */
export function SignInPrompt({ message }: { message: string }) {
  const { t } = useTranslation();
  const here = useCurrentPath();
  return (
    <div className="sign-in-prompt">
      <p>{message}</p>
      <div className="sign-in-prompt__actions">
        <Link className={buttonClassName({ variant: 'primary' })} to={withReturnTo('/signin', here)}>
          {t('auth.signIn')}
        </Link>
        <Link className={buttonClassName()} to={withReturnTo('/signup', here)}>
          {t('auth.signUp')}
        </Link>
      </div>
    </div>
  );
}
