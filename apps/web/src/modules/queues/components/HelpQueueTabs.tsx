import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HELP_QUEUES, type HelpQueue, queuePath, UNSOLVED_AFTER_DAYS } from '../queues';

/** "Unanswered" and "No solution after 7 days"; the community chosen carries over. */
export function HelpQueueTabs({ current, community }: { current: HelpQueue; community: string | null }) {
  const { t } = useTranslation();
  return (
    <nav className="filter-tabs help-queue-controls__tabs" aria-label={t('queues.tabsLabel')}>
      {HELP_QUEUES.map((queue) => (
        <Link key={queue} className="filter-tabs__tab" to={queuePath(queue, community)} aria-current={queue === current ? 'page' : undefined}>
          {t(`queues.tabs.${queue}`, { days: UNSOLVED_AFTER_DAYS })}
        </Link>
      ))}
    </nav>
  );
}
