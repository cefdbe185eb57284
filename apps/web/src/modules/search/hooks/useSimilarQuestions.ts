import { LIMITS } from '@agora/shared';
import { skipToken, useQuery } from '@apollo/client/react';
import { SimilarQuestionsDocument } from '../../../generated/graphql';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue';

/** Shorter titles say too little to find a duplicate (the shortest title the API accepts). */
export const SIMILAR_MIN_TITLE = LIMITS.questionTitle.min;
const DEBOUNCE_MS = 300;

/**
 * Questions that may already answer the one being typed: asked once the title has stopped changing for a
 * moment and is long enough. The last suggestions stay while the next ones load; they go at once when the
 * title gets too short. Failures just mean no suggestions: they must never get in the way of asking.
 */
export function useSimilarQuestions(title: string, communityId: string | undefined) {
  const typed = title.trim();
  const settled = useDebouncedValue(typed, DEBOUNCE_MS);
  const active = typed.length >= SIMILAR_MIN_TITLE && settled.length >= SIMILAR_MIN_TITLE;
  const { data, previousData } = useQuery(
    SimilarQuestionsDocument,
    active ? { variables: { title: settled, communityId: communityId || undefined } } : skipToken,
  );
  const shown = active ? (data ?? previousData) : undefined;
  return shown?.similarQuestions ?? [];
}
