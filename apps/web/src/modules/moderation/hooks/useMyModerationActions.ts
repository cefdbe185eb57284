import { skipToken, useQuery } from '@apollo/client/react';
import { MyModerationActionsDocument } from '../../../generated/graphql';
import { useViewer } from '../../auth/hooks/useViewer';

/** What staff and filters did about the signed-in member, newest first; empty when signed out. */
export function useMyModerationActions() {
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(MyModerationActionsDocument, viewer ? { fetchPolicy: 'cache-and-network' } : skipToken);
  return { actions: data?.myModerationActions ?? [], loading: loading && !data, error: data ? undefined : error };
}
