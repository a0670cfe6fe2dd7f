import { queryOptions } from '@tanstack/react-query';
import type { ContactsViewer } from '../../../lib/firebase/contact.repository';
import { fetchContact, searchContacts } from '../../../lib/firebase/contact-search.repository';
import { contactKeys } from '../../clients/queries/contacts.queries';

/** Under the tenant's contact keys, so creating or editing a contact refreshes the answers too. */
export const contactSearchKeys = {
  search: (tenantId: string, token: string, viewer: ContactsViewer) =>
    [...contactKeys.all(tenantId), 'search', token, viewer] as const,
  one: (tenantId: string, contactId: string) => [...contactKeys.all(tenantId), 'one', contactId] as const,
};

export function contactSearchOptions(tenantId: string, token: string, viewer: ContactsViewer) {
  return queryOptions({
    queryKey: contactSearchKeys.search(tenantId, token, viewer),
    queryFn: () => searchContacts(tenantId, token, viewer),
    // Typing back and forth over the same letters answers from the cache.
    staleTime: 30_000,
  });
}

export function contactOptions(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: contactSearchKeys.one(tenantId, contactId),
    queryFn: () => fetchContact(tenantId, contactId),
  });
}
