import {
  canSeeContact,
  contactViewerUids,
  docIdSchema,
  paths,
  roleSchema,
  SYSTEM_AUTHOR_UID,
  uniqueUids,
} from '@estate/domain';
import {
  FieldPath,
  FieldValue,
  type DocumentData,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type QueryDocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import { z } from 'zod';
import { readContactsSettings } from '../contacts/contact-access';
import type { Deps } from '../lib/deps';
import { historyLog } from './history.log';
import { runTransaction } from '../lib/transactions';

/**
 * The contact fields deciding who sees it. Lenient: a contact that does not parse still exists, and
 * its copy is kept; only the viewers it cannot name are missing (owner and admin see it anyway).
 */
const contactViewersSchema = z.object({
  assignedAgentUid: z.string().catch(''),
  managerUid: z.string().nullable().catch(null),
  sharedWithUids: z.array(z.string()).catch([]),
});

/** The contacts an entry names, as stored: valid ids only, once each, in their order. */
export function namedContactIds(contactIds: unknown): string[] {
  if (!Array.isArray(contactIds)) return [];
  return uniqueUids(contactIds.filter((id): id is string => docIdSchema.safeParse(id).success));
}

/**
 * An entry's `viewerUids`: its author (unless the automations wrote it) and the viewers of every
 * contact named that exists (`contactViewerUids`).
 */
export function historyEntryViewerUids(authorUid: unknown, contacts: readonly DocumentData[]): string[] {
  const author = typeof authorUid === 'string' && authorUid !== SYSTEM_AUTHOR_UID ? authorUid : null;
  return uniqueUids([author, ...contacts.flatMap((data) => contactViewerUids(contactViewersSchema.parse(data)))]);
}

/** What a contact's copy holds: the entry as stored without `viewerUids`, with its id always set. */
export function historyCopyOf(entryId: string, entry: DocumentData): DocumentData {
  const { viewerUids: _viewers, ...fields } = entry;
  return { ...fields, id: entryId };
}

function sameUids(stored: unknown, wanted: readonly string[]): boolean {
  // `wanted` has no repeats: same length and every uid present means the same set, in any order.
  return Array.isArray(stored) && stored.length === wanted.length && wanted.every((uid) => stored.includes(uid));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

interface Comparable {
  isEqual(other: unknown): boolean;
}

function isComparable(value: unknown): value is Comparable {
  return value !== null && typeof value === 'object' && typeof (value as Partial<Comparable>).isEqual === 'function';
}

/** Deep equality of stored values: timestamps, references and geo points compare by `isEqual`. */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (isComparable(a) || isComparable(b)) {
    return isComparable(a) && isComparable(b) && a.constructor === b.constructor && a.isEqual(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameStoredValue(v, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameStoredValue(a[key], b[key]));
  }
  return a === b;
}

/**
 * The copies of one entry, found by a collection-group query on `id` (field override in
 * firestore.indexes.json) rather than from an event's `before` data: a late or replayed event, a
 * failed earlier run or a contact deleted meanwhile would leave copies the `before` data does not name.
 * The group also holds the top-level entries of every tenant: only this tenant's contact copies count.
 */
function entryCopies(db: Firestore, entryId: string): Query {
  return db.collectionGroup('history').where('id', '==', entryId);
}

function isCopyOf(tenantId: string, entryId: string) {
  const contacts = paths.contacts(tenantId);
  return (doc: QueryDocumentSnapshot) => doc.id === entryId && doc.ref.parent.parent?.parent.path === contacts;
}

export interface HistorySyncOutcome {
  /** The entry no longer exists, or named only erased contacts and was deleted: its copies were removed. */
  gone: boolean;
  /** Ids of erased contacts (tombstoned by contacts-eraseContact) taken out of the entry. */
  erased: number;
  /** On creation, ids of contacts its author does not see ("own" visibility) taken out of the entry. */
  unseen: number;
  viewersWritten: boolean;
  /** Copies created or rewritten. */
  copied: number;
  /** Copies removed, under contacts no longer named (or gone) or of a deleted entry. */
  removed: number;
}

async function readContacts(db: Firestore, tx: Transaction, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const snapshots = await tx.getAll(...ids.map((id) => db.doc(paths.contact(tenantId, id))));
  return snapshots.filter((snapshot: DocumentSnapshot) => snapshot.exists);
}

/** The named ids that no contact holds and that contacts-eraseContact tombstoned. */
async function readErased(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  named: readonly string[],
  contacts: readonly DocumentSnapshot[],
): Promise<DocumentSnapshot[]> {
  const missing = named.filter((id) => !contacts.some((contact) => contact.id === id));
  if (missing.length === 0) return [];
  const tombstones = await tx.getAll(...missing.map((id) => db.doc(paths.erasedContact(tenantId, id))));
  return tombstones.filter((tombstone) => tombstone.exists);
}

/**
 * The named contacts a new entry's author does not see: none for automations ('system'), owner and
 * admin, or while the tenant's clients are shared.
 */
async function readUnseen(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  authorUid: unknown,
  contacts: readonly DocumentSnapshot[],
): Promise<string[]> {
  if (typeof authorUid !== 'string' || authorUid === SYSTEM_AUTHOR_UID || contacts.length === 0) return [];
  const [settings, member] = await Promise.all([
    readContactsSettings(db, tx, tenantId),
    tx.get(db.doc(paths.member(tenantId, authorUid))),
  ]);
  // No member document: nothing to judge by (the rules let only members log), so nothing is dropped.
  if (settings.visibility === 'shared' || !member.exists) return [];
  const role = roleSchema.safeParse(member.get('role'));
  const viewer = { uid: authorUid, role: role.success ? role.data : null };
  return contacts
    .filter((contact) => !canSeeContact(settings.visibility, viewer, contactViewersSchema.parse(contact.data() ?? {})))
    .map((contact) => contact.id);
}

/**
 * Keeps the entry's `viewerUids` and its contacts' copies (contacts/{id}/history/{entryId}) in step,
 * from the entry and its contacts as they are now, read in one transaction: a copy per named contact
 * that exists, the other copies removed, all of them removed once the entry is gone. Only what differs
 * is written, so the trigger's own write (the entry's `viewerUids`) ends there and a replay changes nothing.
 */
export async function syncHistoryEntry(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  entryId: string,
  options: { created: boolean } = { created: false },
): Promise<HistorySyncOutcome> {
  const { db } = deps;
  const entryRef = db.doc(paths.historyEntry(tenantId, entryId));
  const outcome = await runTransaction(db, async (tx): Promise<HistorySyncOutcome> => {
    const [entry, copies] = await Promise.all([tx.get(entryRef), tx.get(entryCopies(db, entryId))]);
    const found = copies.docs.filter(isCopyOf(tenantId, entryId));
    const data = entry.data();
    const removeAll = (erased: number): HistorySyncOutcome => {
      for (const copy of found) tx.delete(copy.ref);
      return { gone: true, erased, unseen: unseen.length, viewersWritten: false, copied: 0, removed: found.length };
    };
    let unseen: string[] = [];
    if (!data) return removeAll(0);
    const named = namedContactIds(data.contactIds);
    const foundContacts = await readContacts(db, tx, tenantId, named);
    // An entry logged from a client file still open while its contact was erased names an erased id:
    // it loses it as the erasure's own clean-up would have done, and goes when it names nobody else.
    const tombstones = await readErased(db, tx, tenantId, named, foundContacts);
    const erased = tombstones.map((tombstone) => tombstone.id);
    // The rules cannot check every contact an app names: a new entry naming a client its author does not
    // see (in "own" visibility) loses that id, so it reaches neither that client's file nor its viewers.
    if (options.created) unseen = await readUnseen(db, tx, tenantId, data.authorUid, foundContacts);
    const contacts = foundContacts.filter((contact) => !unseen.includes(contact.id));
    const dropped = [...erased, ...unseen];
    if (dropped.length > 0) {
      const contactIds = (data.contactIds as unknown[]).filter((id) => !dropped.includes(id as string));
      // An erasure still running counts what is removed on its account, as its own pass would have.
      const count = contactIds.length === 0 ? 'historyDeleted' : 'historyUnlinked';
      for (const tombstone of tombstones) {
        if (tombstone.get('pending') !== null && tombstone.get('pending') !== undefined) {
          tx.update(tombstone.ref, new FieldPath('pending', 'counts', count), FieldValue.increment(1));
        }
      }
      if (contactIds.length === 0) {
        tx.delete(entryRef);
        return removeAll(erased.length);
      }
      data.contactIds = contactIds;
      tx.update(entryRef, { contactIds });
    }
    const viewers = historyEntryViewerUids(
      data.authorUid,
      contacts.map((contact) => contact.data() ?? {}),
    );
    const viewersWritten = !sameUids(data.viewerUids, viewers);
    // Not an edit of the entry (the rules forbid those): derived data, like a contact's search tokens.
    if (viewersWritten) tx.update(entryRef, { viewerUids: viewers });

    const wanted = historyCopyOf(entryId, data);
    const stored = new Map(found.map((copy) => [copy.ref.path, copy]));
    let copied = 0;
    for (const contact of contacts) {
      const ref = db.doc(paths.contactHistoryEntry(tenantId, contact.id, entryId));
      const copy = stored.get(ref.path);
      stored.delete(ref.path);
      if (copy && sameStoredValue(copy.data(), wanted)) continue;
      tx.set(ref, wanted);
      copied += 1;
    }
    for (const stale of stored.values()) tx.delete(stale.ref);
    return { gone: false, erased: erased.length, unseen: unseen.length, viewersWritten, copied, removed: stored.size };
  });
  if (outcome.unseen > 0) historyLog.historyEntryUnseenContacts(tenantId, entryId, outcome.unseen);
  if (outcome.viewersWritten || outcome.copied > 0 || outcome.removed > 0 || outcome.erased > 0) {
    historyLog.historyEntrySynced(tenantId, entryId, { ...outcome });
  }
  return outcome;
}

/** How many entries a contact's change rereads per transaction (each names up to 20 contacts). */
const ENTRIES_PER_TRANSACTION = 100;

/**
 * Recomputes `viewerUids` of the entries naming the contact after its agent, manager or sharing
 * changed, reading the other contacts they name too. A transaction per page of entries, written only
 * where the viewers differ, so a replayed event changes nothing (the copies hold no viewers: the
 * entries' own trigger finds them unchanged). Returns how many entries were updated.
 */
export async function syncContactHistoryViewers(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  contactId: string,
): Promise<number> {
  const { db } = deps;
  const entries = db
    .collection(paths.history(tenantId))
    .where('contactIds', 'array-contains', contactId)
    .orderBy(FieldPath.documentId())
    .limit(ENTRIES_PER_TRANSACTION);
  let updated = 0;
  let after: string | null = null;
  for (;;) {
    const page: Query = after === null ? entries : entries.startAfter(after);
    const { written, last, full } = await runTransaction(db, async (tx) => {
      const snapshot = await tx.get(page);
      const named = uniqueUids(snapshot.docs.flatMap((doc) => namedContactIds(doc.get('contactIds'))));
      const contacts = new Map(
        (await readContacts(db, tx, tenantId, named)).map((contact) => [contact.id, contact.data() ?? {}]),
      );
      let count = 0;
      for (const doc of snapshot.docs) {
        const own = namedContactIds(doc.get('contactIds')).flatMap((id) => contacts.get(id) ?? []);
        const viewers = historyEntryViewerUids(doc.get('authorUid'), own);
        if (sameUids(doc.get('viewerUids'), viewers)) continue;
        tx.update(doc.ref, { viewerUids: viewers });
        count += 1;
      }
      return {
        written: count,
        last: snapshot.docs.at(-1)?.id ?? null,
        full: snapshot.size === ENTRIES_PER_TRANSACTION,
      };
    });
    updated += written;
    if (!full || last === null) break;
    after = last;
  }
  if (updated > 0) historyLog.historyFollowsContact(tenantId, contactId, updated);
  return updated;
}
