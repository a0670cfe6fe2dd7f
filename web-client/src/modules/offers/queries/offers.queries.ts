import { queryOptions } from '@tanstack/react-query';
import { fetchMyOffers, fetchOffersReceived } from '../data/offers.repository';

const offerKeys = {
  all: (tenantId: string) => ['tenants', tenantId, 'offers'] as const,
};

export function myOffersQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...offerKeys.all(tenantId), 'buyer', contactId] as const,
    queryFn: () => fetchMyOffers(tenantId, contactId),
  });
}

export function offersReceivedQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...offerKeys.all(tenantId), 'seller', contactId] as const,
    queryFn: () => fetchOffersReceived(tenantId, contactId),
  });
}
