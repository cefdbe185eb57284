import { LIMITS } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/apiErrors';
import { type FieldErrors, focusFirstInvalid, hasErrors } from '../../../lib/forms';
import { useSignUp } from '../hooks/useSignUp';

type SignUpField = 'displayName' | 'email' | 'password';
const FIELDS: readonly SignUpField[] = ['displayName', 'email', 'password'];
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const [values, setValues] = useState<Record<SignUpField, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<SignUpField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const change = (field: SignUpField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const validate = (): FieldErrors<SignUpField> => {
    const name = values.displayName.trim();
    const { displayName, password } = LIMITS;
    return {
      displayName:
        name.length < displayName.min || name.length > displayName.max
          ? t('auth.errors.displayNameLength', { min: displayName.min, max: displayName.max })
          : undefined,
      email: EMAIL_SHAPE.test(values.email.trim()) ? undefined : t('auth.errors.emailInvalid'),
      password:
        values.password.length < password.min || values.password.length > password.max
          ? t('auth.errors.passwordLength', { min: password.min, max: password.max })
          : undefined,
    };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validate();
    setErrors(found);
    setAlert(null);
    if (hasErrors(found)) return focusFirstInvalid(form, found, FIELDS);

    setPending(true);
    try {
      await signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
      onSignedUp();
    } catch (error) {
      const problem = describeApiError(error, t, { fields: FIELDS });
      setErrors(problem.fieldErrors);
      setAlert(problem.message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {alert && <Alert>{alert}</Alert>}
      <Field
        id="signup-name"
        label={t('auth.displayName')}
        hint={t('auth.displayNameHint', { min: LIMITS.displayName.min, max: LIMITS.displayName.max })}
        error={errors.displayName}
      >
        {(control) => (
          <input
            {...control}
            name="displayName"
            autoComplete="nickname"
            maxLength={LIMITS.displayName.max}
            value={values.displayName}
            onChange={(event) => change('displayName', event.target.value)}
          />
        )}
      </Field>
      <Field id="signup-email" label={t('auth.email')} error={errors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={LIMITS.email.max}
            value={values.email}
            onChange={(event) => change('email', event.target.value)}
          />
        )}
      </Field>
      <Field
        id="signup-password"
        label={t('auth.password')}
        hint={t('auth.passwordHint', { min: LIMITS.password.min })}
        error={errors.password}
      >
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" busy={pending}>
        {t('auth.createAccount')}
      </Button>
    </form>
  );
}
