import { buttonClassName } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CommunityNav } from '../../communities/components/CommunityNav';
import { ModerationHeaderLink } from '../../moderation/components/ModerationHeaderLink';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { HeaderSearch } from '../../search/components/HeaderSearch';
import { AccountMenu } from './AccountMenu';
import { SiteNav } from './SiteNav';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 23l7-14 7 14M12 18h8" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('app.name')}
        </Link>
        <HeaderSearch />
        <div className="site-header__actions">
          <ModerationHeaderLink />
          <Link to="/ask" className={buttonClassName({ variant: 'primary', size: 'sm' })}>
            {t('nav.ask')}
          </Link>
          <NotificationBell />
          <AccountMenu />
        </div>
      </div>
      <div className="container site-header__nav">
        <SiteNav />
        <CommunityNav />
      </div>
    </header>
  );
}
