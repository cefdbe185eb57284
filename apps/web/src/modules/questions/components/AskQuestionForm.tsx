import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PostKind } from '../../../generated/graphql';
import { describeApiError } from '../../../lib/apiErrors';
import { type FieldErrors, focusFirstInvalid, hasErrors } from '../../../lib/forms';
import { useCommunities } from '../../communities/hooks/useCommunities';
import { SimilarQuestions } from '../../search/components/SimilarQuestions';
import { useWriteUserTip } from '../../tips/hooks/useWriteUserTip';
import { useAskQuestion } from '../hooks/useAskQuestion';
import { parseTags, type QuestionField, validateQuestion } from '../questionInput';
import { QuestionFields, type QuestionValues } from './QuestionFields';

const FIELDS: readonly QuestionField[] = ['communityId', 'title', 'body', 'tags'];

export interface AskQuestionFormProps {
  initialCommunitySlug: string;
  /** A question, or a User Tip: the same fields, published through a different mutation. */
  kind?: PostKind;
  /** Shown first, such as the choice between a question and a User Tip. */
  kindChoice?: ReactNode;
}

export function AskQuestionForm({ initialCommunitySlug, kind = 'QUESTION', kindChoice }: AskQuestionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ask = useAskQuestion();
  const writeTip = useWriteUserTip();
  const { communities } = useCommunities();
  const [communitySlug, setCommunitySlug] = useState(initialCommunitySlug);
  const [values, setValues] = useState<QuestionValues>({ title: '', body: '', tags: '' });
  const [errors, setErrors] = useState<FieldErrors<QuestionField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const community = communities.find((candidate) => candidate.slug === communitySlug);
  const isTip = kind === 'USER_TIP';

  const change = (field: keyof QuestionValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const tags = parseTags(values.tags);
    const found: FieldErrors<QuestionField> = {
      communityId: community ? undefined : t(isTip ? 'tips.errors.communityRequired' : 'ask.errors.communityRequired'),
      ...validateQuestion({ ...values, tags }, t, kind),
    };
    setErrors(found);
    setAlert(null);
    if (hasErrors(found) || !community) return focusFirstInvalid(form, found, FIELDS);

    setPending(true);
    try {
      const input = { communityId: community.id, title: values.title.trim(), body: values.body.trim(), tags };
      const id = isTip ? await writeTip(input) : await ask(input);
      if (id) navigate(`/questions/${id}`);
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
      {kindChoice}
      <Field id="ask-community" label={t('ask.communityLabel')} error={errors.communityId}>
        {(control) => (
          <select
            {...control}
            name="communityId"
            value={communitySlug}
            onChange={(event) => {
              setCommunitySlug(event.target.value);
              setErrors((current) => ({ ...current, communityId: undefined }));
            }}
          >
            <option value="">{t('ask.communityPlaceholder')}</option>
            {communities.map((candidate) => (
              <option key={candidate.id} value={candidate.slug}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <QuestionFields
        idPrefix="ask"
        kind={kind}
        values={values}
        errors={errors}
        onChange={change}
        // A User Tip is an article, not a question someone may already have answered.
        afterTitle={isTip ? undefined : <SimilarQuestions title={values.title} communityId={community?.id} />}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {isTip ? t('tips.submit') : t('ask.submit')}
        </Button>
      </div>
    </form>
  );
}
