import {
  type Contact,
  contactModel,
  HISTORY_PAGE_SIZE,
  type HistoryEntry,
  type HistoryEntryInput,
  historyEntryInputSchema,
  historyEntryModel,
  isTeamManager,
  paths,
} from '@estate/domain';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  Timestamp,
  where,
  type Query,
  type QueryDocumentSnapshot,
  type QueryFieldFilterConstraint,
  type Unsubscribe,
} from 'firebase/firestore';
import { type ContactsViewer, fetchContactsSettings } from '../../contacts';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const historyConverter = converterOf(historyEntryModel);
const contactConverter = converterOf(contactModel);

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Cursor for the next page, or null when this page is the last. */
  next: QueryDocumentSnapshot<HistoryEntry> | null;
}

/** One contact, or null when it does not exist (deleted, or a mistyped address). */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return readDoc(snapshot);
}

/** Who reads a history list: in "own" visibility the rules demand a clause on their uid. */
export type HistoryViewer = Pick<ContactsViewer, 'uid' | 'role'>;

/**
 * The clause the rules demand on a top-level history list (docs/data-model.md, history), or null when
 * the viewer may read every entry: owner and admin, and everybody while the tenant's clients are
 * shared. In "own" mode a collaborator asks for the entries whose `viewerUids` name them (the author
 * and the viewers of every contact named, kept by history-onEntryWritten).
 */
async function historyVisibilityConstraint(
  tenantId: string,
  viewer: HistoryViewer,
): Promise<QueryFieldFilterConstraint | null> {
  if (isTeamManager(viewer.role)) return null;
  const { visibility } = await fetchContactsSettings(tenantId);
  return visibility === 'shared' ? null : where('viewerUids', 'array-contains', viewer.uid);
}

/**
 * A contact's history, newest first: its copies (contacts/{id}/history, kept by history-onEntryWritten),
 * which the rules open to whoever sees the contact.
 */
export function contactHistoryQuery(tenantId: string, contactId: string): Query<HistoryEntry> {
  return query(
    collection(db, paths.contactHistory(tenantId, contactId)).withConverter(historyConverter),
    orderBy('occurredAt', 'desc'),
  );
}

/** A property's history, newest first, with the viewer's clause in "own" visibility (indexes in firestore.indexes.json). */
export async function propertyHistoryQuery(
  tenantId: string,
  propertyId: string,
  viewer: HistoryViewer,
): Promise<Query<HistoryEntry>> {
  const visible = await historyVisibilityConstraint(tenantId, viewer);
  return query(
    collection(db, paths.history(tenantId)).withConverter(historyConverter),
    where('propertyId', '==', propertyId),
    ...(visible ? [visible] : []),
    orderBy('occurredAt', 'desc'),
  );
}

async function fetchPage(
  base: Query<HistoryEntry>,
  after: QueryDocumentSnapshot<HistoryEntry> | null,
): Promise<HistoryPage> {
  const snapshot = await getDocs(query(base, ...(after ? [startAfter(after)] : []), limit(HISTORY_PAGE_SIZE)));
  return {
    entries: readDocs(snapshot),
    next: snapshot.docs.length === HISTORY_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** A contact's history by pages of HISTORY_PAGE_SIZE. */
export function fetchHistoryPage(
  tenantId: string,
  contactId: string,
  after: QueryDocumentSnapshot<HistoryEntry> | null,
): Promise<HistoryPage> {
  return fetchPage(contactHistoryQuery(tenantId, contactId), after);
}

/** A property's history by pages of HISTORY_PAGE_SIZE. */
export async function fetchPropertyHistoryPage(
  tenantId: string,
  propertyId: string,
  viewer: HistoryViewer,
  after: QueryDocumentSnapshot<HistoryEntry> | null,
): Promise<HistoryPage> {
  return fetchPage(await propertyHistoryQuery(tenantId, propertyId, viewer), after);
}

/**
 * Calls `onChange` when the first page of a history list changes on the server (an entry logged by a
 * colleague or a function, a copy written by history-onEntryWritten), but not for the page `current`
 * already shows. Returns the unsubscribe function; a refused listen is left to the list's own fetch.
 */
export function watchHistoryList(
  list: Query<HistoryEntry>,
  current: () => readonly HistoryEntry[] | undefined,
  onChange: () => void,
): Unsubscribe {
  let first = true;
  return onSnapshot(
    query(list, limit(HISTORY_PAGE_SIZE)),
    (snapshot) => {
      if (snapshot.metadata.fromCache) return;
      const modified = !first && snapshot.docChanges().some((change) => change.type === 'modified');
      first = false;
      const shown = current();
      if (shown === undefined) return;
      const ids = snapshot.docs.map((item) => item.id);
      const same = ids.length === shown.length && ids.every((id, index) => shown[index]?.id === id);
      if (modified || !same) onChange();
    },
    () => undefined,
  );
}

/**
 * Resolves once history-onEntryWritten has handled a new entry (its `viewerUids` are set and, in the
 * same transaction, its contacts' copies written), or after `timeoutMs`, whichever comes first. The
 * author may always read their own entry, whatever the visibility.
 */
export function whenHistoryEntrySynced(tenantId: string, entryId: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let stop: Unsubscribe = () => undefined;
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    stop = onSnapshot(
      doc(db, paths.historyEntry(tenantId, entryId)),
      (snapshot) => {
        // Gone from the server: the trigger deleted it (it named only a contact erased meanwhile).
        if (!snapshot.metadata.fromCache && (!snapshot.exists() || Array.isArray(snapshot.get('viewerUids')))) done();
      },
      done,
    );
  });
}

/**
 * Appends an entry with exactly the fields of docs/data-model.md; entries are never edited. Returns the
 * entry as logged (its `createdAt` the local clock's), which the lists show until the copies exist.
 */
export async function createHistoryEntry(
  tenantId: string,
  uid: string,
  input: HistoryEntryInput,
): Promise<HistoryEntry> {
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
  return { ...valid, id: ref.id, authorUid: uid, createdAt: new Date() };
}
