import { Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { QueueItemKind } from '../generated/graphql';
import { ModerationArea } from '../modules/moderation/components/ModerationArea';
import { QueueList } from '../modules/moderation/components/QueueList';
import { useModerationQueue } from '../modules/moderation/hooks/useModerationQueue';

const KINDS: readonly QueueItemKind[] = ['REPORTED', 'AUTO_HIDDEN', 'PRE_MODERATED', 'APPEAL'];

/** `/moderation?kind=APPEAL`: the open items, oldest first, for moderators and administrators. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = KINDS.find((candidate) => candidate === searchParams.get('kind')) ?? null;
  const queue = useModerationQueue(kind ? [kind] : []);

  return (
    <ModerationArea title={t('moderation.queue.title')} description={t('moderation.queue.intro')}>
      <Card className="list-card">
        <div className="queue-controls">
          <label htmlFor="queue-kind">{t('moderation.queue.kindLabel')}</label>
          <select
            id="queue-kind"
            value={kind ?? ''}
            onChange={(event) => setSearchParams(event.target.value ? { kind: event.target.value } : {}, { replace: true })}
          >
            <option value="">{t('moderation.queue.allKinds')}</option>
            {KINDS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`moderation.queue.kinds.${choice}`)}
              </option>
            ))}
          </select>
          <span role="status">{queue.firstLoad ? '' : t('moderation.queue.count', { count: queue.totalCount })}</span>
        </div>
        <QueueList queue={queue} />
      </Card>
    </ModerationArea>
  );
}
