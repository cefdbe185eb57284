import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { offersHelpQueues } from '../queues';

/** "Help others", a site link for members from level 2 and staff; both queues count as its page. */
export function HelpOthersLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  if (!offersHelpQueues(viewer)) return null;
  const inQueues = pathname === '/unanswered' || pathname === '/unsolved';
  return (
    <li>
      <Link to="/unanswered" className={inQueues ? 'active' : undefined} aria-current={inQueues ? 'page' : undefined}>
        {t('nav.helpOthers')}
      </Link>
    </li>
  );
}
