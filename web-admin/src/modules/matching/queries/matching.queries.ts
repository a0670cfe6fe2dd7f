import { interestModel } from '@estate/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchBuyersForProperty, fetchPropertiesForBuyer } from '../data/matching.repository';

/**
 * Under the interests' root: a list shows which buyers are already linked, so linking one (here or from
 * the pipeline) refreshes it.
 */
export const matchingKeys = {
  all: (tenantId: string) => [...modelKeys.of(tenantId, interestModel), 'matching'] as const,
};

const nextOffset = (last: { nextOffset: number | null }) => last.nextOffset ?? undefined;

export function buyersForPropertyOptions(tenantId: string, propertyId: string) {
  return infiniteQueryOptions({
    queryKey: [...matchingKeys.all(tenantId), 'property', propertyId],
    queryFn: ({ pageParam }) => fetchBuyersForProperty(propertyId, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });
}

export function propertiesForBuyerOptions(tenantId: string, contactId: string) {
  return infiniteQueryOptions({
    queryKey: [...matchingKeys.all(tenantId), 'buyer', contactId],
    queryFn: ({ pageParam }) => fetchPropertiesForBuyer(contactId, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });
}
