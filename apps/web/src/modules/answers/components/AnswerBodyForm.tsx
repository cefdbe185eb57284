import { LIMITS } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/apiErrors';

export interface AnswerBodyFormProps {
  id: string;
  label: string;
  initialBody?: string;
  submitLabel: string;
  /** Rejects with the API error; the form shows it. */
  onSubmit: (body: string) => Promise<void>;
  /** Runs after a successful submit, once the text is saved. */
  onSaved?: () => void;
  secondaryAction?: ReactNode;
}

/** A Markdown textarea with a submit button: posting a new answer and editing one look the same. */
export function AnswerBodyForm({ id, label, initialBody = '', submitLabel, onSubmit, onSaved, secondaryAction }: AnswerBodyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const textarea = event.currentTarget.elements.namedItem('body');
    const text = body.trim();
    setAlert(null);
    if (!text || text.length > LIMITS.answerBody.max) {
      setError(text ? t('answer.errors.tooLong', { max: LIMITS.answerBody.max }) : t('answer.errors.required'));
      if (textarea instanceof HTMLElement) textarea.focus();
      return;
    }
    setPending(true);
    try {
      await onSubmit(text);
      setPending(false);
      onSaved?.();
    } catch (failure) {
      const problem = describeApiError(failure, t, { fields: ['body'] });
      setError(problem.fieldErrors['body']);
      setAlert(problem.message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {alert && <Alert>{alert}</Alert>}
      <Field id={id} label={label} hint={t('answer.bodyHint')} error={error}>
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={7}
            maxLength={LIMITS.answerBody.max}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  );
}
