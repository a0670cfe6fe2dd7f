import { queryOptions } from '@tanstack/react-query';
import type { InterestsViewer } from '../../../lib/firebase/interest-visibility';
import { fetchAllInterests } from '../../../lib/firebase/phase-report.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const reportKeys = {
  interests: (tenantId: string) => ['tenant', tenantId, 'reports', 'interests'] as const,
};

export function reportInterestsOptions(tenantId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...reportKeys.interests(tenantId), viewer.uid],
    queryFn: () => fetchAllInterests(tenantId, viewer),
    staleTime: 60_000,
  });
}
