import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { contactModel, type Property, propertyModel } from '@estate/domain';
import { modelKeys } from '../../../lib/query/model-keys';
import type { ContactsViewer } from '../../contacts';
import {
  fetchPropertiesPage,
  fetchProperty,
  quickSearchProperties,
  searchPropertiesByReference,
  searchVisibleContacts,
} from '../data/property.repository';
import type { PropertyListFilters } from '../data/property-list';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const propertyKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, propertyModel),
  list: (tenantId: string, filters: PropertyListFilters) => [...propertyKeys.all(tenantId), 'list', filters] as const,
  quick: (tenantId: string, typed: string) => [...propertyKeys.all(tenantId), 'quick', typed] as const,
  search: (tenantId: string, typed: string) => [...propertyKeys.all(tenantId), 'search', typed] as const,
  one: (tenantId: string, propertyId: string) => [...propertyKeys.all(tenantId), 'one', propertyId] as const,
  contacts: (tenantId: string, token: string) =>
    [...modelKeys.of(tenantId, contactModel), 'pipeline-picker', token] as const,
};

export function propertiesListOptions(tenantId: string, filters: PropertyListFilters) {
  return infiniteQueryOptions({
    queryKey: propertyKeys.list(tenantId, filters),
    queryFn: ({ pageParam }) => fetchPropertiesPage(tenantId, filters, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Property> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function propertySearchOptions(tenantId: string, typed: string) {
  return queryOptions({
    queryKey: propertyKeys.search(tenantId, typed),
    queryFn: () => searchPropertiesByReference(tenantId, typed),
    staleTime: 30_000,
  });
}

export function propertyQuickSearchOptions(tenantId: string, typed: string) {
  return queryOptions({
    queryKey: propertyKeys.quick(tenantId, typed),
    queryFn: () => quickSearchProperties(tenantId, typed),
    staleTime: 30_000,
  });
}

export function propertyOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: propertyKeys.one(tenantId, propertyId),
    queryFn: () => fetchProperty(tenantId, propertyId),
  });
}

export function pickerContactsOptions(tenantId: string, viewer: ContactsViewer, token: string) {
  return queryOptions({
    queryKey: [...propertyKeys.contacts(tenantId, token), viewer.visibility, viewer.uid],
    queryFn: () => searchVisibleContacts(tenantId, viewer, token),
    staleTime: 30_000,
  });
}
