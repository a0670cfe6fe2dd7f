import { infiniteQueryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import type { Contact } from '@estate/domain';
import { fetchContactsPage } from '../../../lib/firebase/contact.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const contactKeys = {
  all: (tenantId: string) => ['tenant', tenantId, 'contacts'] as const,
  list: (tenantId: string) => [...contactKeys.all(tenantId), 'list', 'by-last-name'] as const,
};

export function contactsListOptions(tenantId: string) {
  return infiniteQueryOptions({
    queryKey: contactKeys.list(tenantId),
    queryFn: ({ pageParam }) => fetchContactsPage(tenantId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<Contact> | null,
    getNextPageParam: (page) => page.next,
  });
}
