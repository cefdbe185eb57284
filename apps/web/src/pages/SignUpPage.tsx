import { Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withReturnTo } from '../lib/returnTo';
import { SignUpForm } from '../modules/auth/components/SignUpForm';
import { useReturnTo } from '../modules/auth/hooks/useReturnTo';
import { PageTitle } from '../modules/common/components/PageTitle';

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  return (
    <div className="narrow narrow--auth">
      <PageTitle>{t('auth.signUp')}</PageTitle>
      <Card>
        <h1 className="page-title">{t('auth.signUpTitle')}</h1>
        <p className="page-intro">{t('auth.signUpIntro')}</p>
        <SignUpForm onSignedUp={() => navigate(returnTo, { replace: true })} />
        <p className="auth-switch">
          {t('auth.haveAccount')} <Link to={withReturnTo('/signin', returnTo)}>{t('auth.signInInstead')}</Link>
        </p>
      </Card>
    </div>
  );
}
