import { ErrorCode } from '@agora/shared';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import { SearchDocument, type SearchSort } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export const SEARCH_PAGE_SIZE = 20;

/** Why a search could not run: the API refused it as typed (too long), or anything else. */
export type SearchProblem = 'badInput' | 'failed';

function problemOf(error: unknown): SearchProblem {
  const refused =
    CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === ErrorCode.BAD_USER_INPUT);
  return refused ? 'badInput' : 'failed';
}

/**
 * One search, a page at a time (the cache joins the pages, see apolloClient). Nothing is asked while the
 * query is blank. The previous results stay on screen while the next search loads.
 */
export function useSearch(query: string, sort: SearchSort) {
  const blank = query.trim() === '';
  const { data, previousData, loading, error, fetchMore } = useQuery(
    SearchDocument,
    blank
      ? skipToken
      : { variables: { query, sort, first: SEARCH_PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true },
  );
  const shown = blank ? undefined : (data ?? (loading ? previousData : undefined));
  const connection = shown?.search;
  // Shown hits may be an earlier search's; paging always follows the current one.
  const { hasMore, loadMore } = connectionPage(data?.search, fetchMore);
  return {
    hits: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    /** More match than totalCount: shown as "1,000+ results". */
    totalCountIsLowerBound: connection?.totalCountIsLowerBound ?? false,
    hasMore,
    loading: !blank && loading,
    firstLoad: !blank && loading && !shown,
    /** Showing the results of an earlier search while this one loads. */
    stale: !blank && loading && !data && Boolean(shown),
    problem: !blank && !data && error ? problemOf(error) : null,
    loadMore,
  };
}
