import { useQuery } from '@apollo/client/react';
import { CommunitiesDocument } from '../../../generated/graphql';

/** Counts change as people ask and solve, so the cached list is shown and then refreshed. */
export function useCommunities() {
  const { data, loading, error } = useQuery(CommunitiesDocument, { fetchPolicy: 'cache-and-network' });
  return { communities: data?.communities ?? [], loading: loading && !data, error };
}
