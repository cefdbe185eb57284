import { useMutation } from '@apollo/client/react';
import { EditQuestionDocument, type EditQuestionInput } from '../../../generated/graphql';

export function useEditQuestion() {
  const [edit] = useMutation(EditQuestionDocument);
  return async (input: EditQuestionInput) => {
    await edit({ variables: { input } });
  };
}
