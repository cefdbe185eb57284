import { useMutation } from '@apollo/client/react';
import { AcceptSolutionDocument, UnacceptSolutionDocument } from '../../../generated/graphql';

/** Both replies carry the whole question, so the solution box, badges and order update from the cache. */
export function useSolution(questionId: string) {
  const [accept, acceptState] = useMutation(AcceptSolutionDocument);
  const [unaccept, unacceptState] = useMutation(UnacceptSolutionDocument);
  return {
    accept: async (answerId: string) => {
      await accept({ variables: { answerId } });
    },
    unaccept: async () => {
      await unaccept({ variables: { questionId } });
    },
    pending: acceptState.loading || unacceptState.loading,
  };
}
