import { type Contact, contactModel, isTeamManager, ownContactsClauses, paths } from '@estate/domain';
import { fetchSharedWithMe, type ContactsViewer, type SharedContact } from './contact.repository';
import { collection, doc, getDoc, getDocs, limit, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const contactConverter = converterOf(contactModel);

/** How many contacts the quick search shows: enough to pick from, few enough to read at a glance. */
const QUICK_SEARCH_LIMIT = 8;

/**
 * Contacts whose `searchTokens` (written by contacts-onContactWritten) hold the token: one
 * array-contains query on the automatic single-field index, sorted by name once here. In the "own"
 * visibility mode the rules let an agent or manager read only some contacts, so the same query is
 * asked once per equality clause they may read (assigned, team) and the answers merged. The shared
 * clause is an array-contains too, which a query cannot hold beside the tokens: the contacts shared
 * with the user (`loadShared`, cached by the caller) are filtered here by their tokens.
 */
export async function searchContacts(
  tenantId: string,
  token: string,
  viewer: ContactsViewer,
  loadShared: () => Promise<SharedContact[]> = () => fetchSharedWithMe(tenantId, viewer.uid),
): Promise<Contact[]> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const byToken = where('searchTokens', 'array-contains', token);
  const everyone = viewer.visibility === 'shared' || isTeamManager(viewer.role);
  const queries = everyone
    ? [query(base, byToken, limit(QUICK_SEARCH_LIMIT))]
    : ownContactsClauses(viewer)
        .filter((clause) => clause.op === '==')
        .map((clause) => query(base, byToken, where(clause.field, '==', clause.value), limit(QUICK_SEARCH_LIMIT)));
  const [snapshots, shared] = await Promise.all([
    Promise.all(queries.map((each) => getDocs(each))),
    everyone ? Promise.resolve([]) : loadShared(),
  ]);
  const found = new Map<string, Contact>();
  for (const snapshot of snapshots) for (const item of readDocs(snapshot)) found.set(item.id, item);
  for (const { searchTokens, ...contact } of shared) if (searchTokens.includes(token)) found.set(contact.id, contact);
  return [...found.values()]
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName))
    .slice(0, QUICK_SEARCH_LIMIT);
}

/** One contact, or null when it does not exist (deleted, or a stale link). */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return readDoc(snapshot);
}
