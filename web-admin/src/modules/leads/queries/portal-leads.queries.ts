import { autoResponderSettingsModel, leadModel, leadsSecretModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchAutoResponder, fetchLeadsSecret, fetchRecentLeads } from '../data/portal-leads.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const portalLeadsKeys = {
  autoResponder: (tenantId: string) => modelKeys.of(tenantId, autoResponderSettingsModel),
  secret: (tenantId: string) => modelKeys.of(tenantId, leadsSecretModel),
  recent: (tenantId: string) => [...modelKeys.of(tenantId, leadModel), 'recent'] as const,
};

export function autoResponderOptions(tenantId: string) {
  return queryOptions({
    queryKey: portalLeadsKeys.autoResponder(tenantId),
    queryFn: () => fetchAutoResponder(tenantId),
    staleTime: 60_000,
  });
}

export function leadsSecretOptions(tenantId: string) {
  return queryOptions({
    queryKey: portalLeadsKeys.secret(tenantId),
    queryFn: () => fetchLeadsSecret(tenantId),
    staleTime: 60_000,
  });
}

export function recentLeadsOptions(tenantId: string) {
  return queryOptions({
    queryKey: portalLeadsKeys.recent(tenantId),
    queryFn: () => fetchRecentLeads(tenantId),
    staleTime: 10_000,
  });
}
