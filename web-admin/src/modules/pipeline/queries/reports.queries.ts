import { interestModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import type { InterestsViewer } from '../data/interest-visibility';
import { fetchAllInterests } from '../data/phase-report.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const reportKeys = {
  interests: (tenantId: string) => [...modelKeys.of(tenantId, interestModel), 'report'] as const,
};

export function reportInterestsOptions(tenantId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...reportKeys.interests(tenantId), viewer.uid],
    queryFn: () => fetchAllInterests(tenantId, viewer),
    staleTime: 60_000,
  });
}
