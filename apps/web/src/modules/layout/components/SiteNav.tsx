import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { HelpOthersLink } from '../../queues/components/HelpOthersLink';

/** The pages about the members rather than one community. */
export function SiteNav() {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.explore')}>
      <ul>
        <HelpOthersLink />
        <li>
          <NavLink to="/leaderboard">{t('nav.leaderboard')}</NavLink>
        </li>
        <li>
          <NavLink to="/badges">{t('nav.badges')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
