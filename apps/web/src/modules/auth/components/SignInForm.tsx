import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/apiErrors';
import { type FieldErrors, focusFirstInvalid, hasErrors } from '../../../lib/forms';
import { useSignIn } from '../hooks/useSignIn';

type SignInField = 'email' | 'password';
const FIELDS: readonly SignInField[] = ['email', 'password'];

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [values, setValues] = useState<Record<SignInField, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<SignInField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const change = (field: SignInField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: FieldErrors<SignInField> = {
      email: values.email.trim() ? undefined : t('auth.errors.emailRequired'),
      password: values.password ? undefined : t('auth.errors.passwordRequired'),
    };
    setErrors(found);
    setAlert(null);
    if (hasErrors(found)) return focusFirstInvalid(form, found, FIELDS);

    setPending(true);
    try {
      await signIn({ email: values.email.trim(), password: values.password });
      onSignedIn();
    } catch (error) {
      const problem = describeApiError(error, t, { fields: FIELDS, unauthenticated: t('auth.errors.wrongCredentials') });
      setErrors(problem.fieldErrors);
      setAlert(problem.message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {alert && <Alert>{alert}</Alert>}
      <Field id="signin-email" label={t('auth.email')} error={errors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={(event) => change('email', event.target.value)}
          />
        )}
      </Field>
      <Field id="signin-password" label={t('auth.password')} error={errors.password}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" busy={pending}>
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
