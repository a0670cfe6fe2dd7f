import type { ClientListing, ListingStage } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { fetchListing, fetchListingsPage } from '../data/listings.repository';

/** Rooted at the tenant and the client, so an action invalidates every view of their listings. */
export const listingsKeys = {
  all: (tenantId: string, contactId: string) => ['tenants', tenantId, 'clientListings', contactId] as const,
  tab: (tenantId: string, contactId: string, stage: ListingStage) =>
    [...listingsKeys.all(tenantId, contactId), 'tab', stage] as const,
  one: (tenantId: string, contactId: string, propertyId: string) =>
    [...listingsKeys.all(tenantId, contactId), 'one', propertyId] as const,
};

/** A tab, page after page on demand (a tab may hold hundreds; each page reads LISTINGS_PAGE_SIZE). */
export function listingsTabQuery(tenantId: string, contactId: string, stage: ListingStage) {
  return infiniteQueryOptions({
    queryKey: listingsKeys.tab(tenantId, contactId, stage),
    queryFn: ({ pageParam }) => fetchListingsPage(tenantId, contactId, stage, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<ClientListing> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function listingQuery(tenantId: string, contactId: string, propertyId: string) {
  return queryOptions({
    queryKey: listingsKeys.one(tenantId, contactId, propertyId),
    queryFn: () => fetchListing(tenantId, contactId, propertyId),
  });
}
