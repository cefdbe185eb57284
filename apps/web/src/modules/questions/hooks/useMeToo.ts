import { useMutation } from '@apollo/client/react';
import { AddMeTooDocument, RemoveMeTooDocument } from '../../../generated/graphql';

/** Toggles "I have this question too"; the count updates at once and is corrected by the answer. */
export function useMeToo(question: { id: string; meTooCount: number; viewerHasMeToo: boolean }) {
  const [add, addState] = useMutation(AddMeTooDocument);
  const [remove, removeState] = useMutation(RemoveMeTooDocument);
  const toggle = async () => {
    const next = !question.viewerHasMeToo;
    const optimistic = {
      __typename: 'Question' as const,
      id: question.id,
      viewerHasMeToo: next,
      meTooCount: question.meTooCount + (next ? 1 : -1),
    };
    const variables = { questionId: question.id };
    if (next) await add({ variables, optimisticResponse: { addMeToo: optimistic } });
    else await remove({ variables, optimisticResponse: { removeMeToo: optimistic } });
  };
  return { toggle, pending: addState.loading || removeState.loading };
}
