import { useMutation } from '@apollo/client/react';
import { PostAnswerDocument } from '../../../generated/graphql';

/** The reply carries the whole question again, so the new answer and the counts appear without a refetch. */
export function usePostAnswer(questionId: string) {
  const [post] = useMutation(PostAnswerDocument);
  return async (body: string) => {
    await post({ variables: { input: { questionId, body } } });
  };
}
