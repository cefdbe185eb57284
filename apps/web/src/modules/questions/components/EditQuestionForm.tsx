import { Alert, Button } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetailFieldsFragment } from '../../../generated/graphql';
import { describeApiError } from '../../../lib/apiErrors';
import { type FieldErrors, focusFirstInvalid, hasErrors } from '../../../lib/forms';
import { useEditQuestion } from '../hooks/useEditQuestion';
import { parseTags, type QuestionField, validateQuestion } from '../questionInput';
import { QuestionFields, type QuestionValues } from './QuestionFields';

const FIELDS = ['title', 'body', 'tags'] as const satisfies readonly QuestionField[];

export function EditQuestionForm({ question, onDone }: { question: QuestionDetailFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useEditQuestion();
  const [values, setValues] = useState<QuestionValues>({
    title: question.title,
    body: question.body,
    tags: question.tags.join(', '),
  });
  const [errors, setErrors] = useState<FieldErrors<QuestionField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const change = (field: keyof QuestionValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const tags = parseTags(values.tags);
    const found = validateQuestion({ ...values, tags }, t, question.kind);
    setErrors(found);
    setAlert(null);
    if (hasErrors(found)) return focusFirstInvalid(form, found, FIELDS);

    setPending(true);
    try {
      await edit({ questionId: question.id, title: values.title.trim(), body: values.body.trim(), tags });
      onDone();
    } catch (error) {
      const problem = describeApiError(error, t, { fields: FIELDS });
      setErrors(problem.fieldErrors);
      setAlert(problem.message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={question.kind === 'USER_TIP' ? t('tips.editLabel') : t('question.editLabel')}>
      {alert && <Alert>{alert}</Alert>}
      <QuestionFields idPrefix="edit-question" kind={question.kind} values={values} errors={errors} onChange={change} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t('common.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
