import { useQuery } from '@apollo/client/react';
import { CommunityDocument } from '../../../generated/graphql';

export function useCommunity(slug: string) {
  const { data, loading, error } = useQuery(CommunityDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  return { community: data?.community ?? null, loading: loading && !data, error };
}
