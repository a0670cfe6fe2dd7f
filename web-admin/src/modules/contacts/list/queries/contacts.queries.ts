import { type Contact, contactModel, tenantModel } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import {
  fetchContactsPage,
  fetchTenantCountry,
  type ContactsFilter,
  type ContactsViewer,
} from '../../data/contact.repository';
import { modelKeys } from '../../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const contactKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, contactModel),
  list: (tenantId: string, viewer: ContactsViewer, filter: ContactsFilter) =>
    [...contactKeys.all(tenantId), 'list', viewer, filter] as const,
  country: (tenantId: string) => [...modelKeys.of(tenantId, tenantModel), 'country'] as const,
};

export function contactsListOptions(tenantId: string, viewer: ContactsViewer, filter: ContactsFilter) {
  return infiniteQueryOptions({
    queryKey: contactKeys.list(tenantId, viewer, filter),
    queryFn: ({ pageParam }) => fetchContactsPage(tenantId, viewer, filter, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Contact> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function tenantCountryOptions(tenantId: string) {
  return queryOptions({
    queryKey: contactKeys.country(tenantId),
    queryFn: () => fetchTenantCountry(tenantId),
    staleTime: 5 * 60_000,
  });
}
