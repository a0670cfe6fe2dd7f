import { commissionAgentModel, commissionSettingsModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchCommissionAgents, fetchCommissionSettings } from '../data/commissions.repository';

export const commissionKeys = {
  settings: (tenantId: string) => modelKeys.of(tenantId, commissionSettingsModel),
  agents: (tenantId: string) => modelKeys.of(tenantId, commissionAgentModel),
};

export function commissionSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: commissionKeys.settings(tenantId),
    queryFn: () => fetchCommissionSettings(tenantId),
  });
}

export function commissionAgentsOptions(tenantId: string) {
  return queryOptions({
    queryKey: commissionKeys.agents(tenantId),
    queryFn: () => fetchCommissionAgents(tenantId),
  });
}
