import { Button } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkAllNotificationsRead } from '../hooks/useMarkRead';

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { markAll, pending } = useMarkAllNotificationsRead();
  const [failed, setFailed] = useState(false);
  const run = () => {
    setFailed(false);
    markAll().catch(() => setFailed(true));
  };
  return (
    <>
      <Button size="sm" busy={pending} disabled={disabled} onClick={run}>
        {t('live.inbox.markAllRead')}
      </Button>
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
    </>
  );
}
