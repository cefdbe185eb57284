import { MODERATION_LIMITS } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovalReason } from '../../../generated/graphql';
import { describeApiError } from '../../../lib/apiErrors';

export const REMOVAL_REASONS: readonly RemovalReason[] = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_INFORMATION', 'DUPLICATE', 'OTHER'];

export interface RemoveFormProps {
  idPrefix: string;
  onRemove: (reason: RemovalReason, note: string | undefined) => Promise<void>;
  onCancel: () => void;
}

/** A removal needs a reason, and may say more to the author (they see the note and may appeal). */
export function RemoveForm({ idPrefix, onRemove, onCancel }: RemoveFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RemovalReason>('SPAM');
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    try {
      await onRemove(reason, note.trim() || undefined);
    } catch (failure) {
      setAlert(describeApiError(failure, t).message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {alert && <Alert>{alert}</Alert>}
      <Field id={`${idPrefix}-reason`} label={t('moderation.remove.reasonLabel')}>
        {(control) => (
          <select {...control} value={reason} onChange={(event) => setReason(event.target.value as RemovalReason)}>
            {REMOVAL_REASONS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`moderation.reasons.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-note`} label={t('moderation.remove.noteLabel')} hint={t('moderation.remove.noteHint')}>
        {(control) => (
          <textarea {...control} rows={3} maxLength={MODERATION_LIMITS.moderatorNote.max} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t('moderation.remove.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
