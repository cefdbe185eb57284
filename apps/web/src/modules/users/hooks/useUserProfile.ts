import { useQuery } from '@apollo/client/react';
import { UserProfileDocument } from '../../../generated/graphql';

/** Points change whenever someone votes, so a cached profile is shown and then refreshed. */
export function useUserProfile(id: string) {
  const { data, loading, error } = useQuery(UserProfileDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  return { user: data?.user ?? null, loading: loading && !data, error: data ? undefined : error };
}
