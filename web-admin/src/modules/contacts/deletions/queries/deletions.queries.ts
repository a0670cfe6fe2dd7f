import { contactModel, erasureModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchErasures, fetchPendingDeletionRequests } from '../../data/deletion.repository';
import { modelKeys } from '../../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const deletionKeys = {
  /** Deletion requests are a field of the contacts: under their root, refreshed with them. */
  pending: (tenantId: string) => [...modelKeys.of(tenantId, contactModel), 'deletion-requests'] as const,
  erasures: (tenantId: string) => modelKeys.of(tenantId, erasureModel),
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
