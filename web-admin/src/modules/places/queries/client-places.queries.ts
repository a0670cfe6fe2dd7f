import { clientPlaceModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchClientPlaces } from '../data/client-places.repository';

/** Rooted at the tenant and the model, so saving a point refreshes every reader of it. */
export const clientPlacesKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, clientPlaceModel),
  contact: (tenantId: string, contactId: string) => [...clientPlacesKeys.all(tenantId), 'contact', contactId] as const,
};

export function clientPlacesOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: clientPlacesKeys.contact(tenantId, contactId),
    queryFn: () => fetchClientPlaces(tenantId, contactId),
  });
}
