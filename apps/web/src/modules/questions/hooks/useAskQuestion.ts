import { useMutation } from '@apollo/client/react';
import { AskQuestionDocument, type AskQuestionInput } from '../../../generated/graphql';

/** Resolves to the new question's id. Lists and counts refresh themselves when next shown. */
export function useAskQuestion() {
  const [ask] = useMutation(AskQuestionDocument);
  return async (input: AskQuestionInput) => {
    const { data } = await ask({ variables: { input } });
    return data?.askQuestion.id ?? null;
  };
}
