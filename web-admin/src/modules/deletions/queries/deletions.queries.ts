import { queryOptions } from '@tanstack/react-query';
import { fetchErasures, fetchPendingDeletionRequests } from '../../../lib/firebase/deletion.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const deletionKeys = {
  all: (tenantId: string) => ['tenant', tenantId, 'deletions'] as const,
  pending: (tenantId: string) => [...deletionKeys.all(tenantId), 'pending'] as const,
  erasures: (tenantId: string) => [...deletionKeys.all(tenantId), 'erasures'] as const,
};

export function pendingDeletionRequestsOptions(tenantId: string) {
  return queryOptions({
    queryKey: deletionKeys.pending(tenantId),
    queryFn: () => fetchPendingDeletionRequests(tenantId),
  });
}

export function erasuresOptions(tenantId: string) {
  return queryOptions({ queryKey: deletionKeys.erasures(tenantId), queryFn: () => fetchErasures(tenantId) });
}
