import type { SellerActivityKind } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import {
  fetchActivityPage,
  fetchOffersPage,
  fetchSellerProperties,
  fetchSellerProperty,
} from '../data/selling.repository';

const sellingKeys = {
  all: (tenantId: string) => ['tenants', tenantId, 'selling'] as const,
};

export function sellerPropertiesQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...sellingKeys.all(tenantId), 'properties', contactId] as const,
    queryFn: () => fetchSellerProperties(tenantId, contactId),
  });
}

export function sellerPropertyQuery(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: [...sellingKeys.all(tenantId), 'property', propertyId] as const,
    queryFn: () => fetchSellerProperty(tenantId, propertyId),
  });
}

export function activityQuery<K extends SellerActivityKind>(
  tenantId: string,
  contactId: string,
  propertyId: string,
  kind: K,
) {
  return infiniteQueryOptions({
    queryKey: [...sellingKeys.all(tenantId), 'activity', contactId, propertyId, kind] as const,
    queryFn: ({ pageParam }) => fetchActivityPage(tenantId, contactId, propertyId, kind, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<unknown> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function offersReceivedQuery(tenantId: string, contactId: string, propertyId: string) {
  return infiniteQueryOptions({
    queryKey: [...sellingKeys.all(tenantId), 'offers', contactId, propertyId] as const,
    queryFn: ({ pageParam }) => fetchOffersPage(tenantId, contactId, propertyId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<unknown> | null,
    getNextPageParam: (page) => page.next,
  });
}
