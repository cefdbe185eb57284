import { LIMITS, normaliseTag, TAG_PATTERN } from '@agora/shared';
import type { TFunction } from 'i18next';
import type { PostKind } from '../../generated/graphql';
import type { FieldErrors } from '../../lib/forms';

export type QuestionField = 'communityId' | 'title' | 'body' | 'tags';

/** "Wi Fi, battery,, Battery" → ["wi-fi", "battery"], as the API stores them. */
export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(',').map(normaliseTag).filter(Boolean))];
}

/** The API's rules for a question, checked before sending so mistakes show at once and in the reader's language. */
export function validateQuestion(
  values: { title: string; body: string; tags: string[] },
  t: TFunction,
  kind: PostKind = 'QUESTION',
): FieldErrors<Exclude<QuestionField, 'communityId'>> {
  const title = values.title.trim();
  const body = values.body.trim();
  const { questionTitle, questionBody, tags } = LIMITS;
  return {
    title:
      title.length < questionTitle.min || title.length > questionTitle.max
        ? t('ask.errors.titleLength', { min: questionTitle.min, max: questionTitle.max })
        : undefined,
    body: !body
      ? t(kind === 'USER_TIP' ? 'tips.errors.bodyRequired' : 'ask.errors.bodyRequired')
      : body.length > questionBody.max
        ? t('ask.errors.bodyTooLong', { max: questionBody.max })
        : undefined,
    tags:
      values.tags.length > tags.maxCount
        ? t('ask.errors.tooManyTags', { max: tags.maxCount })
        : values.tags.some((tag) => tag.length > tags.maxLength || !TAG_PATTERN.test(tag))
          ? t('ask.errors.tagShape', { max: tags.maxLength })
          : undefined,
  };
}
