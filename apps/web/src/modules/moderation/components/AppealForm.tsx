import { MODERATION_LIMITS } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/apiErrors';
import { useAppeal } from '../hooks/useAppeal';

const { min, max } = MODERATION_LIMITS.appealMessage;

/** A short text asking staff to reconsider one action; each action may be appealed once. */
export function AppealForm({ actionId, onSent, onCancel }: { actionId: string; onSent: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const appeal = useAppeal();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    if (text.length < min) return setError(t('moderation.appeal.tooShort', { min }));
    setPending(true);
    setAlert(null);
    try {
      await appeal(actionId, text);
      onSent();
    } catch (failure) {
      const problem = describeApiError(failure, t, { fields: ['message'] });
      setError(problem.fieldErrors['message']);
      setAlert(problem.message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={send}>
      {alert && <Alert>{alert}</Alert>}
      <Field id={`appeal-${actionId}`} label={t('moderation.appeal.label')} hint={t('moderation.appeal.hint', { min, max })} error={error}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={max}
            value={message}
            onChange={(event) => {
              setMessage(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t('moderation.appeal.submit')}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
