import { Button } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationEntryFieldsFragment } from '../../../generated/graphql';
import { AppealForm } from './AppealForm';
import { ModerationDialog } from './ModerationDialog';

/** Where an action stands for the member: appeal it, or what became of the appeal. */
export function AppealStatus({ entry }: { entry: ModerationEntryFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { appeal } = entry;
  if (appeal) {
    const outcome = appeal.granted === null ? 'pending' : appeal.granted ? 'granted' : 'denied';
    return (
      <p className="moderation-appeal-status" role="status">
        {t(`moderation.appeal.status.${outcome}`)}
        {appeal.response && ` ${t('moderation.appeal.response', { response: appeal.response })}`}
      </p>
    );
  }
  if (!entry.canAppeal) return null;
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        {t('moderation.appeal.button')}
      </Button>
      <ModerationDialog title={t('moderation.appeal.title')} open={open} onClose={() => setOpen(false)}>
        <AppealForm actionId={entry.id} onSent={() => setOpen(false)} onCancel={() => setOpen(false)} />
      </ModerationDialog>
    </>
  );
}
