import { useMutation } from '@apollo/client/react';
import { MarkTipHelpfulDocument, UnmarkTipHelpfulDocument } from '../../../generated/graphql';

/** Toggles the viewer's "helpful" mark on a User Tip; the count updates at once and is corrected by the reply. */
export function useTipHelpful(tip: { id: string; helpfulCount: number; viewerHasMarkedHelpful: boolean }) {
  const [mark, markState] = useMutation(MarkTipHelpfulDocument);
  const [unmark, unmarkState] = useMutation(UnmarkTipHelpfulDocument);
  const toggle = async () => {
    const next = !tip.viewerHasMarkedHelpful;
    const optimistic = {
      __typename: 'Question' as const,
      id: tip.id,
      viewerHasMarkedHelpful: next,
      helpfulCount: tip.helpfulCount + (next ? 1 : -1),
    };
    const variables = { tipId: tip.id };
    if (next) await mark({ variables, optimisticResponse: { markTipHelpful: optimistic } });
    else await unmark({ variables, optimisticResponse: { unmarkTipHelpful: optimistic } });
  };
  return { toggle, pending: markState.loading || unmarkState.loading };
}
