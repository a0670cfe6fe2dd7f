import { dealModel } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { searchPropertiesByReferenceOrTitle } from '../../properties';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchDeal, fetchDealsPage, type DealsCursor, type DealsFilter } from '../data/deals.repository';

export const dealKeys = {
  deals: (tenantId: string) => modelKeys.of(tenantId, dealModel),
};

export function dealsOptions(tenantId: string, filter: DealsFilter) {
  const { scope } = filter;
  return infiniteQueryOptions({
    queryKey: [
      ...dealKeys.deals(tenantId),
      scope.kind,
      scope.kind === 'all' ? scope.agentUid : scope.uid,
      filter.stage,
    ] as const,
    queryFn: ({ pageParam }) => fetchDealsPage(tenantId, filter, pageParam),
    initialPageParam: null as DealsCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

export function dealOptions(tenantId: string, dealId: string) {
  return queryOptions({
    queryKey: [...dealKeys.deals(tenantId), 'one', dealId] as const,
    queryFn: () => fetchDeal(tenantId, dealId),
  });
}

/** The open-deal form's property picker: by reference or title prefix. */
export function dealPropertySearchOptions(tenantId: string, typed: string) {
  return queryOptions({
    queryKey: [...dealKeys.deals(tenantId), 'property-search', typed] as const,
    queryFn: () => searchPropertiesByReferenceOrTitle(tenantId, typed),
    staleTime: 30_000,
  });
}
