import { useQuery } from '@apollo/client/react';
import { QuestionListDocument, type QuestionListQueryVariables } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export type QuestionFilter = Pick<QuestionListQueryVariables, 'communityId' | 'authorId' | 'solved' | 'kind'>;

/** One list of questions, newest first, a page at a time; the cache joins the pages (see apolloClient). */
export function useQuestionList(filter: QuestionFilter, pageSize: number) {
  const { data, loading, error, fetchMore } = useQuery(QuestionListDocument, {
    variables: { ...filter, first: pageSize },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, hasMore, loadMore } = connectionPage(data?.questions, fetchMore);
  return {
    questions: nodes,
    totalCount: data?.questions.totalCount ?? 0,
    hasMore,
    loading,
    firstLoad: loading && !data,
    error: data ? undefined : error,
    loadMore,
  };
}
