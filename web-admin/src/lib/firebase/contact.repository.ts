import { contactSchema, paths, type Contact, type ContactInput } from '@estate/domain';
import {
  collection,
  doc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  updateDoc,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);

export const CONTACTS_PAGE_SIZE = 25;

export interface ContactsPage {
  contacts: Contact[];
  /** Cursor for the next page, or null when this page is the last. */
  next: QueryDocumentSnapshot<Contact> | null;
}

export async function fetchContactsPage(
  tenantId: string,
  after: QueryDocumentSnapshot<Contact> | null,
): Promise<ContactsPage> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const constraints = after
    ? [orderBy('lastName'), startAfter(after), limit(CONTACTS_PAGE_SIZE)]
    : [orderBy('lastName'), limit(CONTACTS_PAGE_SIZE)];
  const snapshot = await getDocs(query(base, ...constraints));
  const last = snapshot.docs.at(-1) ?? null;
  return {
    contacts: snapshot.docs.map((item) => item.data()),
    next: snapshot.docs.length === CONTACTS_PAGE_SIZE ? last : null,
  };
}

/** Creates a client with exactly the fields of docs/data-model.md; the portal belongs to functions. */
export async function createContact(tenantId: string, uid: string, input: ContactInput): Promise<string> {
  const ref = doc(collection(db, paths.contacts(tenantId)));
  await setDoc(ref, {
    id: ref.id,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    locale: input.locale,
    clientType: input.clientType,
    assignedAgentUid: uid,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  });
  return ref.id;
}

export async function updateContact(tenantId: string, contactId: string, input: ContactInput): Promise<void> {
  await updateDoc(doc(db, paths.contact(tenantId, contactId)), {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    locale: input.locale,
    clientType: input.clientType,
    updatedAt: serverTimestamp(),
  });
}
