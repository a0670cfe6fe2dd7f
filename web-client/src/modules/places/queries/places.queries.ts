import { travelTimesContract } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../lib/firebase/callables';

/** Rooted at the tenant and the client: a change of their points refreshes the times too. */
export const placesKeys = {
  all: (tenantId: string, contactId: string) => ['tenants', tenantId, 'clientPlaces', contactId] as const,
  list: (tenantId: string, contactId: string) => [...placesKeys.all(tenantId, contactId), 'list'] as const,
  times: (tenantId: string, contactId: string, propertyId: string, placeIds: string) =>
    [...placesKeys.all(tenantId, contactId), 'times', propertyId, placeIds] as const,
};

export function placesQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: placesKeys.list(tenantId, contactId),
    // The repository (and the Firestore SDK with it) loads on first read: the places index, which the
    // router imports, hands this query to the listings map without weighing on the first chunk.
    queryFn: () => import('../data/places.repository').then(({ fetchPlaces }) => fetchPlaces(tenantId, contactId)),
  });
}

/** The times from one listing to the points named in `placeIds` (the key follows the points). */
export function travelTimesQuery(tenantId: string, contactId: string, propertyId: string, placeIds: string) {
  return queryOptions({
    queryKey: placesKeys.times(tenantId, contactId, propertyId, placeIds),
    queryFn: () => call(travelTimesContract, { propertyId }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}
