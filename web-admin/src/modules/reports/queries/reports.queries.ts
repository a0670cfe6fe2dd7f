import { queryOptions } from '@tanstack/react-query';
import type { InterestsViewer } from '../../../lib/firebase/interest-visibility';
import { fetchAllInterests, fetchPipelineSettingsForReport } from '../../../lib/firebase/phase-report.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const reportKeys = {
  interests: (tenantId: string) => ['tenant', tenantId, 'reports', 'interests'] as const,
  pipelineSettings: (tenantId: string) => ['tenant', tenantId, 'reports', 'pipeline-settings'] as const,
};

export function reportInterestsOptions(tenantId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...reportKeys.interests(tenantId), viewer.uid],
    queryFn: () => fetchAllInterests(tenantId, viewer),
    staleTime: 60_000,
  });
}

export function reportPipelineSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: reportKeys.pipelineSettings(tenantId),
    queryFn: () => fetchPipelineSettingsForReport(tenantId),
    staleTime: 60_000,
  });
}
