import { LIMITS } from '@agora/shared';
import { Field } from '@agora/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostKind } from '../../../generated/graphql';
import type { FieldErrors } from '../../../lib/forms';
import type { QuestionField } from '../questionInput';

export interface QuestionValues {
  title: string;
  body: string;
  /** As typed: comma separated. */
  tags: string;
}

export interface QuestionFieldsProps {
  idPrefix: string;
  /** A User Tip has the same fields, with hints about writing a how-to rather than asking. */
  kind?: PostKind;
  values: QuestionValues;
  errors: FieldErrors<QuestionField>;
  onChange: (field: keyof QuestionValues, value: string) => void;
  /** Shown right under the title, such as questions that may already answer it. */
  afterTitle?: ReactNode;
}

/** Title, body and tags: the part of a question that is asked and edited the same way. */
export function QuestionFields({ idPrefix, kind = 'QUESTION', values, errors, onChange, afterTitle }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const { questionTitle, questionBody, tags } = LIMITS;
  const titleLength = values.title.trim().length;
  const titleOutOfRange = titleLength > questionTitle.max;
  const isTip = kind === 'USER_TIP';
  return (
    <>
      <Field
        id={`${idPrefix}-title`}
        label={t('ask.titleLabel')}
        hint={t(isTip ? 'tips.titleHint' : 'ask.titleHint', { min: questionTitle.min, max: questionTitle.max })}
        error={errors.title}
        aside={
          <span className={titleOutOfRange ? 'char-count char-count--over' : 'char-count'}>
            {t('ask.titleCount', { count: titleLength, max: questionTitle.max })}
          </span>
        }
      >
        {(control) => (
          <input {...control} name="title" value={values.title} onChange={(event) => onChange('title', event.target.value)} />
        )}
      </Field>
      {afterTitle}
      <Field id={`${idPrefix}-body`} label={t('ask.bodyLabel')} hint={isTip ? t('tips.bodyHint') : t('ask.bodyHint')} error={errors.body}>
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={10}
            maxLength={questionBody.max}
            value={values.body}
            onChange={(event) => onChange('body', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-tags`}
        label={t('ask.tagsLabel')}
        hint={t('ask.tagsHint', { max: tags.maxCount })}
        error={errors.tags}
      >
        {(control) => (
          <input
            {...control}
            name="tags"
            autoComplete="off"
            value={values.tags}
            onChange={(event) => onChange('tags', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
