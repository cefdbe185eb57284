import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { clearAuthToken, saveAuthToken } from '../../../lib/authToken';

/**
 * Starts or ends a session. Everything cached was fetched as someone else (viewer flags, email), so the
 * store is reset; queries that then fail to refetch show their own errors.
 */
export function useSession() {
  const client = useApolloClient();
  const start = useCallback(
    async (token: string) => {
      saveAuthToken(token);
      await client.resetStore().catch(() => undefined);
    },
    [client],
  );
  const end = useCallback(async () => {
    clearAuthToken();
    await client.resetStore().catch(() => undefined);
  }, [client]);
  return { start, end };
}
