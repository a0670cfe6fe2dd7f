import { queryOptions } from '@tanstack/react-query';
import { fetchAutoResponder, fetchLeadsSecret, fetchRecentLeads } from '../../../lib/firebase/portal-leads.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const portalLeadsKeys = {
  all: (tenantId: string) => ['tenant', tenantId, 'portal-leads'] as const,
  autoResponder: (tenantId: string) => ['tenant', tenantId, 'portal-leads', 'auto-responder'] as const,
  secret: (tenantId: string) => ['tenant', tenantId, 'portal-leads', 'secret'] as const,
  recent: (tenantId: string) => ['tenant', tenantId, 'portal-leads', 'recent'] as const,
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
