import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchSharedWithMe, type ContactsViewer } from '../../data/contact.repository';
import { fetchContact, searchContacts } from '../../data/contact-search.repository';
import { contactModel } from '@estate/domain';
import { modelKeys } from '../../../../lib/query/model-keys';
import { contactKeys } from '../../list/queries/contacts.queries';

/** Under the tenant's contact keys, so creating or editing a contact refreshes the answers too. */
export const contactSearchKeys = {
  search: (tenantId: string, token: string, viewer: ContactsViewer) =>
    [...contactKeys.all(tenantId), 'search', token, viewer] as const,
  sharedWithMe: (tenantId: string, uid: string) => [...contactKeys.all(tenantId), 'shared-with-me', uid] as const,
  one: (tenantId: string, contactId: string) => modelKeys.one(tenantId, contactModel, contactId),
};

/** The contacts shared with the user ("own" mode), read once a minute at most while they type. */
function sharedWithMeOptions(tenantId: string, uid: string) {
  return queryOptions({
    queryKey: contactSearchKeys.sharedWithMe(tenantId, uid),
    queryFn: () => fetchSharedWithMe(tenantId, uid),
    staleTime: 60_000,
  });
}

export function contactSearchOptions(
  queryClient: QueryClient,
  tenantId: string,
  token: string,
  viewer: ContactsViewer,
) {
  return queryOptions({
    queryKey: contactSearchKeys.search(tenantId, token, viewer),
    queryFn: () =>
      searchContacts(tenantId, token, viewer, () => queryClient.fetchQuery(sharedWithMeOptions(tenantId, viewer.uid))),
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
