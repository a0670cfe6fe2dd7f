import { contactSchema, paths, type Contact } from '@estate/domain';
import { collection, doc, getDoc, getDocs, limit, query, where } from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);

/** How many contacts the quick search shows: enough to pick from, few enough to read at a glance. */
export const QUICK_SEARCH_LIMIT = 8;

/**
 * Contacts whose `searchTokens` (written by contacts-onContactWritten) hold the token: one
 * array-contains query on the automatic single-field index, sorted by name once here.
 */
export async function searchContacts(tenantId: string, token: string): Promise<Contact[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.contacts(tenantId)).withConverter(contactConverter),
      where('searchTokens', 'array-contains', token),
      limit(QUICK_SEARCH_LIMIT),
    ),
  );
  return snapshot.docs
    .map((item) => item.data())
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

/** One contact, or null when it does not exist (deleted, or a stale link). */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
