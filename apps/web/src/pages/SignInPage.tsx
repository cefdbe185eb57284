import { Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withReturnTo } from '../lib/returnTo';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { useReturnTo } from '../modules/auth/hooks/useReturnTo';
import { PageTitle } from '../modules/common/components/PageTitle';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  return (
    <div className="narrow narrow--auth">
      <PageTitle>{t('auth.signIn')}</PageTitle>
      <Card>
        <h1 className="page-title">{t('auth.signInTitle')}</h1>
        <SignInForm onSignedIn={() => navigate(returnTo, { replace: true })} />
        <p className="auth-switch">
          {t('auth.noAccount')} <Link to={withReturnTo('/signup', returnTo)}>{t('auth.signUpInstead')}</Link>
        </p>
      </Card>
    </div>
  );
}
