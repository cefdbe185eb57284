import { useMutation } from '@apollo/client/react';
import { MarkHelpfulDocument, UnmarkHelpfulDocument } from '../../../generated/graphql';

/** Toggles the viewer's "helpful" vote; the count updates at once and is corrected by the answer. */
export function useHelpful(answer: { id: string; helpfulCount: number; viewerHasMarkedHelpful: boolean }) {
  const [mark, markState] = useMutation(MarkHelpfulDocument);
  const [unmark, unmarkState] = useMutation(UnmarkHelpfulDocument);
  const toggle = async () => {
    const next = !answer.viewerHasMarkedHelpful;
    const optimistic = {
      __typename: 'Answer' as const,
      id: answer.id,
      viewerHasMarkedHelpful: next,
      helpfulCount: answer.helpfulCount + (next ? 1 : -1),
    };
    const variables = { answerId: answer.id };
    if (next) await mark({ variables, optimisticResponse: { markHelpful: optimistic } });
    else await unmark({ variables, optimisticResponse: { unmarkHelpful: optimistic } });
  };
  return { toggle, pending: markState.loading || unmarkState.loading };
}
