import { offerModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchBuyerOffers, fetchPropertyOffers } from '../data/offers.repository';

export const offerKeys = {
  offers: (tenantId: string) => modelKeys.of(tenantId, offerModel),
};

export function propertyOffersOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: [...offerKeys.offers(tenantId), 'property', propertyId] as const,
    queryFn: () => fetchPropertyOffers(tenantId, propertyId),
  });
}

export function buyerOffersOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...offerKeys.offers(tenantId), 'buyer', contactId] as const,
    queryFn: () => fetchBuyerOffers(tenantId, contactId),
  });
}
