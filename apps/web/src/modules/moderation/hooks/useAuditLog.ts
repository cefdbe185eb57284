import { skipToken, useQuery } from '@apollo/client/react';
import { type AuditLogFilter, AuditLogDocument } from '../../../generated/graphql';
import { connectionPage } from '../../common/hooks/connectionPage';

export const AUDIT_LOG_PAGE_SIZE = 25;

/** Staff actions, newest first, a page at a time; `skip` while the viewer may not read them. */
export function useAuditLog(filter: AuditLogFilter, skip = false) {
  const { data, loading, error, fetchMore } = useQuery(
    AuditLogDocument,
    skip ? skipToken : { variables: { filter, first: AUDIT_LOG_PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true },
  );
  const { nodes, hasMore, loadMore } = connectionPage(data?.auditLog, fetchMore);
  return { entries: nodes, totalCount: data?.auditLog.totalCount ?? 0, hasMore, loading, firstLoad: !data && loading, error: data ? undefined : error, loadMore };
}
