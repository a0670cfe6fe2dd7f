import type { ListingStage } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchListing, fetchListings } from '../data/listings.repository';

/** Rooted at the tenant and the client, so an action invalidates every view of their listings. */
export const listingsKeys = {
  all: (tenantId: string, contactId: string) => ['tenants', tenantId, 'clientListings', contactId] as const,
  tab: (tenantId: string, contactId: string, stage: ListingStage) =>
    [...listingsKeys.all(tenantId, contactId), 'tab', stage] as const,
  one: (tenantId: string, contactId: string, propertyId: string) =>
    [...listingsKeys.all(tenantId, contactId), 'one', propertyId] as const,
};

export function listingsTabQuery(tenantId: string, contactId: string, stage: ListingStage) {
  return queryOptions({
    queryKey: listingsKeys.tab(tenantId, contactId, stage),
    queryFn: () => fetchListings(tenantId, contactId, stage),
  });
}

export function listingQuery(tenantId: string, contactId: string, propertyId: string) {
  return queryOptions({
    queryKey: listingsKeys.one(tenantId, contactId, propertyId),
    queryFn: () => fetchListing(tenantId, contactId, propertyId),
  });
}
