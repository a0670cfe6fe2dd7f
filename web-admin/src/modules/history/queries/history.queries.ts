import { contactModel, type HistoryEntry, historyEntryModel } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import {
  fetchContact,
  fetchHistoryPage,
  fetchPropertyHistoryPage,
  type HistoryViewer,
} from '../data/history.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const historyKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, historyEntryModel),
  ofContact: (tenantId: string, contactId: string) => [...historyKeys.all(tenantId), 'contact', contactId] as const,
  // The viewer's uid is part of the key: in "own" visibility the list depends on who asks.
  ofProperty: (tenantId: string, propertyId: string, uid: string) =>
    [...historyKeys.all(tenantId), 'property', propertyId, uid] as const,
  contact: (tenantId: string, contactId: string) => modelKeys.one(tenantId, contactModel, contactId),
};

export function contactHistoryOptions(tenantId: string, contactId: string) {
  return infiniteQueryOptions({
    queryKey: historyKeys.ofContact(tenantId, contactId),
    queryFn: ({ pageParam }) => fetchHistoryPage(tenantId, contactId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<HistoryEntry> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function propertyHistoryOptions(tenantId: string, propertyId: string, viewer: HistoryViewer) {
  return infiniteQueryOptions({
    queryKey: historyKeys.ofProperty(tenantId, propertyId, viewer.uid),
    queryFn: ({ pageParam }) => fetchPropertyHistoryPage(tenantId, propertyId, viewer, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<HistoryEntry> | null,
    getNextPageParam: (page) => page.next,
  });
}

export function contactOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: historyKeys.contact(tenantId, contactId),
    queryFn: () => fetchContact(tenantId, contactId),
  });
}
