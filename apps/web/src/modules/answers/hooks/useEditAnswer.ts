import { useMutation } from '@apollo/client/react';
import { EditAnswerDocument } from '../../../generated/graphql';

export function useEditAnswer(answerId: string) {
  const [edit] = useMutation(EditAnswerDocument);
  return async (body: string) => {
    await edit({ variables: { input: { answerId, body } } });
  };
}
