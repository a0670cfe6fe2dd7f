import { memberModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchMembers } from '../data/member.repository';
import { modelKeys } from '../../../lib/query/model-keys';

export const teamKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, memberModel),
  members: (tenantId: string) => [...teamKeys.all(tenantId), 'members'] as const,
};

/** The first read; a listener keeps the cache current afterwards (see useTeamMembers). */
export function teamMembersOptions(tenantId: string) {
  return queryOptions({
    queryKey: teamKeys.members(tenantId),
    queryFn: () => fetchMembers(tenantId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
