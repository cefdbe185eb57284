import { useQuery } from '@apollo/client/react';
import { QuestionPageDocument } from '../../../generated/graphql';

/** A question with its answers; `question` is null when no such question exists. */
export function useQuestion(id: string) {
  const { data, loading, error } = useQuery(QuestionPageDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    // A malformed id comes back as an error next to `question: null`; both mean "not found" here.
    errorPolicy: 'all',
  });
  return { question: data?.question ?? null, loading: loading && !data, error: data ? undefined : error };
}
