import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { contactModel, interestModel, pipelineSettingsModel, type Property, propertyModel } from '@estate/domain';
import { modelKeys } from '../../../lib/query/model-keys';
import type { ContactsViewer } from '../../../lib/firebase/contact.repository';
import type { InterestsViewer } from '../../../lib/firebase/interest-visibility';
import {
  fetchContactInterests,
  fetchPipelineSettings,
  fetchPropertiesPage,
  fetchProperty,
  fetchPropertyInterests,
  searchPropertiesByReference,
  searchVisibleContacts,
} from '../../../lib/firebase/property.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const propertyKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, propertyModel),
  list: (tenantId: string) => [...propertyKeys.all(tenantId), 'list'] as const,
  search: (tenantId: string, typed: string) => [...propertyKeys.all(tenantId), 'search', typed] as const,
  one: (tenantId: string, propertyId: string) => [...propertyKeys.all(tenantId), 'one', propertyId] as const,
  interests: (tenantId: string) => modelKeys.of(tenantId, interestModel),
  ofProperty: (tenantId: string, propertyId: string) =>
    [...propertyKeys.interests(tenantId), 'property', propertyId] as const,
  ofContact: (tenantId: string, contactId: string) =>
    [...propertyKeys.interests(tenantId), 'contact', contactId] as const,
  settings: (tenantId: string) => modelKeys.of(tenantId, pipelineSettingsModel),
  contacts: (tenantId: string, token: string) =>
    [...modelKeys.of(tenantId, contactModel), 'pipeline-picker', token] as const,
};

export function propertiesListOptions(tenantId: string) {
  return infiniteQueryOptions({
    queryKey: propertyKeys.list(tenantId),
    queryFn: ({ pageParam }) => fetchPropertiesPage(tenantId, pageParam),
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

export function propertyOptions(tenantId: string, propertyId: string) {
  return queryOptions({
    queryKey: propertyKeys.one(tenantId, propertyId),
    queryFn: () => fetchProperty(tenantId, propertyId),
  });
}

export function propertyInterestsOptions(tenantId: string, propertyId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...propertyKeys.ofProperty(tenantId, propertyId), viewer.uid],
    queryFn: () => fetchPropertyInterests(tenantId, propertyId, viewer),
  });
}

export function contactInterestsOptions(tenantId: string, contactId: string, viewer: InterestsViewer) {
  return queryOptions({
    queryKey: [...propertyKeys.ofContact(tenantId, contactId), viewer.uid],
    queryFn: () => fetchContactInterests(tenantId, contactId, viewer),
  });
}

export function pipelineSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: propertyKeys.settings(tenantId),
    queryFn: () => fetchPipelineSettings(tenantId),
    staleTime: 60_000,
  });
}

export function pickerContactsOptions(tenantId: string, viewer: ContactsViewer, token: string) {
  return queryOptions({
    queryKey: [...propertyKeys.contacts(tenantId, token), viewer.visibility, viewer.uid],
    queryFn: () => searchVisibleContacts(tenantId, viewer, token),
    staleTime: 30_000,
  });
}
