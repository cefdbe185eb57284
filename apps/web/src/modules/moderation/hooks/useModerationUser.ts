import { useMutation, useQuery } from '@apollo/client/react';
import {
  DismissUserReportsDocument,
  ModerationUserDocument,
  ReinstateUserDocument,
  type Role,
  SetUserRoleDocument,
  SuspendUserDocument,
  WarnUserDocument,
} from '../../../generated/graphql';

// Each action writes an audit entry and may settle queue items: both are read again.
const REFETCH = { refetchQueries: ['AuditLog', 'ModerationQueue'] };

/** A member as staff see them, and what staff can do about them. */
export function useModerationUser(userId: string) {
  const { data, loading, error } = useQuery(ModerationUserDocument, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const [warn] = useMutation(WarnUserDocument, REFETCH);
  const [suspend] = useMutation(SuspendUserDocument, REFETCH);
  const [reinstate] = useMutation(ReinstateUserDocument, REFETCH);
  const [dismiss] = useMutation(DismissUserReportsDocument, REFETCH);
  const [setRole] = useMutation(SetUserRoleDocument, REFETCH);
  return {
    user: data?.user ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    warn: async (reason: string) => void (await warn({ variables: { input: { userId, reason } } })),
    suspend: async (until: Date, reason: string) => void (await suspend({ variables: { input: { userId, until: until.toISOString(), reason } } })),
    reinstate: async (note?: string) => void (await reinstate({ variables: { input: { userId, note } } })),
    dismissReports: async (note?: string) => void (await dismiss({ variables: { input: { userId, note } } })),
    setRole: async (role: Role) => void (await setRole({ variables: { userId, role } })),
  };
}
