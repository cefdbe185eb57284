import { Alert, Button } from '@agora/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/apiErrors';

export interface ActionFormProps {
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel?: () => void;
  children: ReactNode;
}

/** A dialog form that shows the API's refusal (unknown question, same community...) and stays open on it. */
export function ActionForm({ submitLabel, onSubmit, onCancel, children }: ActionFormProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    try {
      await onSubmit();
    } catch (failure) {
      setAlert(describeApiError(failure, t).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      {alert && <Alert>{alert}</Alert>}
      {children}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {submitLabel}
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
