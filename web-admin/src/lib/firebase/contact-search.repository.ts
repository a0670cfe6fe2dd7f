import { contactSchema, isTeamManager, ownContactsClauses, paths, type Contact } from '@estate/domain';
import type { ContactsViewer } from './contact.repository';
import { collection, doc, getDoc, getDocs, limit, query, where } from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);

/** How many contacts the quick search shows: enough to pick from, few enough to read at a glance. */
export const QUICK_SEARCH_LIMIT = 8;

/**
 * Contacts whose `searchTokens` (written by contacts-onContactWritten) hold the token: one
 * array-contains query on the automatic single-field index, sorted by name once here. In the "own"
 * visibility mode the rules let an agent or manager read only some contacts, so the same query is
 * asked once per clause they may read (assigned, shared, team) and the answers merged.
 */
export async function searchContacts(tenantId: string, token: string, viewer: ContactsViewer): Promise<Contact[]> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const byToken = where('searchTokens', 'array-contains', token);
  const queries =
    viewer.visibility === 'shared' || isTeamManager(viewer.role)
      ? [query(base, byToken, limit(QUICK_SEARCH_LIMIT))]
      : ownContactsClauses(viewer).map((clause) =>
          query(base, byToken, where(clause.field, '==', clause.value), limit(QUICK_SEARCH_LIMIT)),
        );
  const snapshots = await Promise.all(queries.map((each) => getDocs(each)));
  const found = new Map<string, Contact>();
  for (const snapshot of snapshots) for (const item of snapshot.docs) found.set(item.id, item.data());
  return [...found.values()]
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName))
    .slice(0, QUICK_SEARCH_LIMIT);
}

/** One contact, or null when it does not exist (deleted, or a stale link). */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
