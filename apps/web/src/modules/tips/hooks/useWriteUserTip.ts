import { useMutation } from '@apollo/client/react';
import { type AskQuestionInput, WriteUserTipDocument } from '../../../generated/graphql';

/** Resolves to the new tip's id; the API refuses members below the level that unlocks tips. */
export function useWriteUserTip() {
  const [write] = useMutation(WriteUserTipDocument);
  return async (input: AskQuestionInput) => {
    const { data } = await write({ variables: { input } });
    return data?.writeUserTip.id ?? null;
  };
}
