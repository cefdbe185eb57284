import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useSyncExternalStore } from 'react';
import { MeDocument } from '../../../generated/graphql';
import { clearAuthToken, readAuthToken, subscribeToAuthToken } from '../../../lib/authToken';

/** The signed-in person, or null; `loading` while a stored session is being checked. */
export function useViewer() {
  const token = useSyncExternalStore(subscribeToAuthToken, readAuthToken);
  const { data, loading } = useQuery(MeDocument, token ? {} : skipToken);

  // A valid token whose account is gone resolves to no one: forget it.
  const accountGone = Boolean(token) && data !== undefined && data.me === null;
  useEffect(() => {
    if (accountGone) clearAuthToken();
  }, [accountGone]);

  return { viewer: token ? (data?.me ?? null) : null, loading: Boolean(token) && loading };
}
