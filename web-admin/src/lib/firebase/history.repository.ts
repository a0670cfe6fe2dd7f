import {
  contactSchema,
  HISTORY_PAGE_SIZE,
  historyEntryInputSchema,
  historyEntrySchema,
  paths,
  type Contact,
  type HistoryEntry,
  type HistoryEntryInput,
} from '@estate/domain';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  Timestamp,
  where,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const historyConverter = schemaConverter(historyEntrySchema);
const contactConverter = schemaConverter(contactSchema);

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Cursor for the next page, or null when this page is the last. */
  next: QueryDocumentSnapshot<HistoryEntry> | null;
}

/** One contact, or null when it does not exist (deleted, or a mistyped address). */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return snapshot.exists() ? snapshot.data() : null;
}

/** A contact's history, newest first, by pages of HISTORY_PAGE_SIZE (index in firestore.indexes.json). */
export async function fetchHistoryPage(
  tenantId: string,
  contactId: string,
  after: QueryDocumentSnapshot<HistoryEntry> | null,
): Promise<HistoryPage> {
  const base = collection(db, paths.history(tenantId)).withConverter(historyConverter);
  const constraints = [where('contactIds', 'array-contains', contactId), orderBy('occurredAt', 'desc')];
  const snapshot = await getDocs(
    query(base, ...constraints, ...(after ? [startAfter(after)] : []), limit(HISTORY_PAGE_SIZE)),
  );
  return {
    entries: snapshot.docs.map((item) => item.data()),
    next: snapshot.docs.length === HISTORY_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** A property's history, newest first, by pages of HISTORY_PAGE_SIZE (index in firestore.indexes.json). */
export async function fetchPropertyHistoryPage(
  tenantId: string,
  propertyId: string,
  after: QueryDocumentSnapshot<HistoryEntry> | null,
): Promise<HistoryPage> {
  const base = collection(db, paths.history(tenantId)).withConverter(historyConverter);
  const constraints = [where('propertyId', '==', propertyId), orderBy('occurredAt', 'desc')];
  const snapshot = await getDocs(
    query(base, ...constraints, ...(after ? [startAfter(after)] : []), limit(HISTORY_PAGE_SIZE)),
  );
  return {
    entries: snapshot.docs.map((item) => item.data()),
    next: snapshot.docs.length === HISTORY_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** Appends an entry with exactly the fields of docs/data-model.md; entries are never edited. */
export async function createHistoryEntry(tenantId: string, uid: string, input: HistoryEntryInput): Promise<string> {
  const valid = historyEntryInputSchema.parse(input);
  const ref = doc(collection(db, paths.history(tenantId)));
  await setDoc(ref, {
    id: ref.id,
    type: valid.type,
    occurredAt: Timestamp.fromDate(valid.occurredAt),
    authorUid: uid,
    contactIds: valid.contactIds,
    propertyId: valid.propertyId,
    dealId: valid.dealId,
    text: valid.text,
    phase: valid.phase,
    createdAt: serverTimestamp(),
  });
  return ref.id;
}
