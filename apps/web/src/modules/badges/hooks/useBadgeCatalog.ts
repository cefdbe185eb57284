import { useQuery } from '@apollo/client/react';
import { BadgeCatalogDocument } from '../../../generated/graphql';

/** Every badge with how many hold it and the most recent few; counts grow, so the cache is refreshed. */
export function useBadgeCatalog(holdersShown: number) {
  const { data, loading, error } = useQuery(BadgeCatalogDocument, {
    variables: { holders: holdersShown },
    fetchPolicy: 'cache-and-network',
  });
  return { badges: data?.badges ?? [], loading: loading && !data, error: data ? undefined : error };
}
