import { createHash } from 'node:crypto';
import {
  confirmsName,
  contactFullName,
  erasedContactModel,
  erasureModel,
  paths,
  type ErasedContact,
  type EraseContactInput,
  type EraseContactResult,
  type Erasure,
  type ErasureCounts,
  type PendingErasure,
} from '@estate/domain';
import {
  FieldPath,
  FieldValue,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { contactConverter, readModel, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { readTeamManagerActor } from './contact-access';
import { deleteContactFiles } from './contact-files';

/** Firestore allows 500 writes per batch; stay below. */
const BATCH_SIZE = 400;

const notFound = () => new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');

/** The audit entry's id: from the app's request id, so a retried call can never log twice. */
export function erasureIdOf(tenantId: string, requestId: string): string {
  return createHash('sha256').update(`${tenantId}/${requestId}`).digest('hex').slice(0, 32);
}

/** Deletes what a query finds, by batches; returns how many documents went. */
async function deleteAll(db: Firestore, query: Query): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return deleted;
    const batch = db.batch();
    for (const doc of page.docs) batch.delete(doc.ref);
    await batch.commit();
    deleted += page.size;
  }
}

/** Properties the person sells keep their record but no longer name them among the sellers. */
async function unlinkProperties(db: Firestore, tenantId: string, contactId: string): Promise<number> {
  const query = db.collection(paths.properties(tenantId)).where('sellerContactIds', 'array-contains', contactId);
  let unlinked = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return unlinked;
    const batch = db.batch();
    for (const doc of page.docs) batch.update(doc.ref, { sellerContactIds: FieldValue.arrayRemove(contactId) });
    await batch.commit();
    unlinked += page.size;
  }
}

/**
 * Portal leads keep their record, which holds no personal data, so that the same lead delivered again
 * is still recognised and does not bring the erased person back; they lose the contact's id.
 */
async function unlinkLeads(db: Firestore, tenantId: string, contactId: string): Promise<number> {
  const query = db.collection(paths.leads(tenantId)).where('contactId', '==', contactId);
  let unlinked = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return unlinked;
    const batch = db.batch();
    for (const doc of page.docs) batch.update(doc.ref, { contactId: '' });
    await batch.commit();
    unlinked += page.size;
  }
}

/** History entries about this contact alone go; the others only lose the contact from `contactIds`. */
async function eraseFromHistory(db: Firestore, tenantId: string, contactId: string) {
  let historyDeleted = 0;
  let historyUnlinked = 0;
  const query = db.collection(paths.history(tenantId)).where('contactIds', 'array-contains', contactId);
  // A transaction per page: history-onEntryWritten may take the id out of an entry at the same time
  // (counting it on the tombstone), and exactly one of the two must do it and count it.
  for (;;) {
    const page = await db.runTransaction(async (tx) => {
      const snapshot = await tx.get(query.limit(BATCH_SIZE));
      let deleted = 0;
      for (const doc of snapshot.docs) {
        const contactIds: unknown = doc.get('contactIds');
        const others = Array.isArray(contactIds) ? contactIds.filter((id) => id !== contactId) : [];
        if (others.length === 0) {
          tx.delete(doc.ref);
          deleted += 1;
        } else {
          tx.update(doc.ref, { contactIds: others });
        }
      }
      return { size: snapshot.size, deleted };
    });
    if (page.size === 0) return { historyDeleted, historyUnlinked };
    historyDeleted += page.deleted;
    historyUnlinked += page.size - page.deleted;
  }
}

/**
 * Notifications to staff that name the person without linking the contact (a phase change mailed to
 * the agent): found by the name they carry, and only among mails linked to no contact, so a
 * namesake's own mails stay.
 */
async function deleteStaffMailsNaming(db: Firestore, tenantId: string, named: readonly string[]): Promise<number> {
  const names = [...new Set(named.filter((name) => name !== ''))];
  if (names.length === 0) return 0;
  const query = db.collection(paths.mails(tenantId)).where('templateData.contactName', 'in', names);
  let deleted = 0;
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (last ? query.orderBy('__name__').startAfter(last) : query.orderBy('__name__'))
      .limit(BATCH_SIZE)
      .get();
    if (page.empty) return deleted;
    const unlinked = page.docs.filter((doc) => (doc.get('contactId') ?? null) === null);
    if (unlinked.length > 0) {
      const batch = db.batch();
      for (const doc of unlinked) batch.delete(doc.ref);
      await batch.commit();
      deleted += unlinked.length;
    }
    last = page.docs[page.docs.length - 1];
  }
}

/** Every subcollection of the contact (signatories, documents, notes, buyer, and any added later). */
async function eraseSubcollections(db: Firestore, tenantId: string, contactId: string) {
  const counts: Record<string, number> = {};
  for (const collection of await db.doc(paths.contact(tenantId, contactId)).listCollections()) {
    counts[collection.id] = (await collection.count().get()).data().count;
    await db.recursiveDelete(collection);
  }
  return counts;
}

async function deletePortalAccount(deps: Deps, uid: string | null): Promise<number> {
  if (!uid) return 0;
  try {
    await deps.auth.deleteUser(uid);
    return 1;
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return 0;
    throw error;
  }
}

function readTombstone(snapshot: DocumentSnapshot): ErasedContact | null {
  return readModel(erasedContactModel, snapshot);
}

const requestUsed = () =>
  new Refusal('failed-precondition', 'This erasure request was already used.', 'erasure-request-used');
const confirmMismatch = () =>
  new Refusal('failed-precondition', "The name typed does not match the contact's name.", 'confirm-mismatch');

type Started =
  { state: 'erasing'; erasureId: string; pending: PendingErasure } | { state: 'done'; result: EraseContactResult };

/**
 * The erasure's first transaction: the contact is deleted and its tombstone written together, so from
 * then on every function that writes about a contact (reading it in its own transaction) finds it gone
 * and writes nothing, and the rules refuse its client file. A contact already deleted by an erasure that
 * did not finish is taken up again (whoever calls, with the name confirmed); the same request after it
 * finished answers its result again.
 */
export async function startErasure(
  deps: Deps,
  caller: Caller,
  input: EraseContactInput,
  erasureId: string,
): Promise<Started> {
  const { db } = deps;
  return db.runTransaction(async (tx): Promise<Started> => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const tenantId = actor.tenantId;
    const contactRef = db.doc(paths.contact(tenantId, input.contactId)).withConverter(contactConverter);
    const tombstoneRef = db.doc(paths.erasedContact(tenantId, input.contactId));
    const erasureRef = db.doc(paths.erasure(tenantId, erasureId));
    const [contactSnapshot, tombstoneSnapshot, logged, sameRequest] = await Promise.all([
      tx.get(contactRef),
      tx.get(tombstoneRef),
      tx.get(erasureRef),
      tx.get(db.collection(paths.erasedContacts(tenantId)).where('erasureId', '==', erasureId).limit(1)),
    ]);
    const contact = contactSnapshot.data();
    const tombstone = readTombstone(tombstoneSnapshot);

    if (!contact) {
      if (tombstone?.pending) {
        if (!confirmsName(input.confirmName, tombstone.pending.fullName)) throw confirmMismatch();
        return { state: 'erasing', erasureId: tombstone.erasureId, pending: tombstone.pending };
      }
      const erasure = tombstone?.erasureId === erasureId ? readModel(erasureModel, logged) : null;
      if (erasure) {
        return { state: 'done', result: { erasureId, counts: erasure.counts } };
      }
      throw notFound();
    }
    if (!confirmsName(input.confirmName, contactFullName(contact))) throw confirmMismatch();
    if (logged.exists || sameRequest.docs.some((doc) => doc.id !== contact.id)) throw requestUsed();

    const pending: PendingErasure = {
      erasedBy: actor.uid,
      erasedByName: actor.member.displayName,
      reason: input.reason,
      contactKind: contact.kind,
      requested: contact.deletionRequest !== null,
      fullName: contactFullName(contact),
      email: contact.email,
      portalUid: contact.portal.uid,
      counts: { ...NO_COUNTS, contact: 1, subcollections: {} },
    };
    const marked: ErasedContact = { erasureId, startedAt: deps.now(), completedAt: null, pending };
    tx.delete(contactRef);
    tx.set(tombstoneRef, toStored(marked));
    return { state: 'erasing', erasureId, pending };
  });
}

const NO_COUNTS: ErasureCounts = {
  contact: 0,
  subcollections: {},
  files: 0,
  interests: 0,
  tasks: 0,
  historyDeleted: 0,
  historyUnlinked: 0,
  mails: 0,
  leads: 0,
  properties: 0,
  portalAccount: 0,
};

/**
 * Removes everything about the contact, step by step; every step finds only what is left, so a call
 * that failed half way is simply run again. What each step removed is added to the tombstone's counts
 * as it ends, so the audit entry counts what earlier attempts removed too.
 */
async function cleanUp(deps: Deps, tenantId: string, contactId: string, pending: PendingErasure): Promise<void> {
  const { db } = deps;
  const tombstoneRef = db.doc(paths.erasedContact(tenantId, contactId));
  const tally = async (field: string[], count: number) => {
    if (count > 0) await tombstoneRef.update(new FieldPath('pending', 'counts', ...field), FieldValue.increment(count));
  };

  for (const [collection, count] of Object.entries(await eraseSubcollections(db, tenantId, contactId))) {
    await tally(['subcollections', collection], count);
  }
  // The client's projection is kept by contacts-onContactWritten; removed here too, not left to a late event.
  await db.doc(paths.clientProfile(tenantId, contactId)).delete();
  await tally(['files'], await deleteContactFiles(tenantId, contactId));
  await tally(
    ['interests'],
    await deleteAll(db, db.collection(paths.interests(tenantId)).where('contactId', '==', contactId)),
  );
  await tally(
    ['tasks'],
    await deleteAll(
      db,
      db.collection(paths.tasks(tenantId)).where('subject.kind', '==', 'contact').where('subject.id', '==', contactId),
    ),
  );
  const history = await eraseFromHistory(db, tenantId, contactId);
  await tally(['historyDeleted'], history.historyDeleted);
  await tally(['historyUnlinked'], history.historyUnlinked);
  const names = [pending.fullName, pending.email];
  await tally(
    ['mails'],
    (await deleteAll(db, db.collection(paths.mails(tenantId)).where('contactId', '==', contactId))) +
      (await deleteAll(db, db.collection(paths.mails(tenantId)).where('templateData.contactId', '==', contactId))) +
      (await deleteStaffMailsNaming(db, tenantId, names)),
  );
  await tally(['leads'], await unlinkLeads(db, tenantId, contactId));
  await tally(['properties'], await unlinkProperties(db, tenantId, contactId));
  await tally(['portalAccount'], await deletePortalAccount(deps, pending.portalUid));
}

/** The last transaction: the audit entry from the tombstone's counts, and the tombstone emptied. */
async function finishErasure(
  deps: Deps,
  tenantId: string,
  contactId: string,
  erasureId: string,
): Promise<EraseContactResult> {
  const { db } = deps;
  const tombstoneRef = db.doc(paths.erasedContact(tenantId, contactId));
  const erasureRef = db.doc(paths.erasure(tenantId, erasureId));
  return db.runTransaction(async (tx) => {
    const [tombstoneSnapshot, logged] = await Promise.all([tx.get(tombstoneRef), tx.get(erasureRef)]);
    const tombstone = readTombstone(tombstoneSnapshot);
    if (!tombstone?.pending) {
      // A concurrent call finished it first.
      const erasure = readModel(erasureModel, logged);
      if (!erasure) throw notFound();
      return { erasureId, counts: erasure.counts };
    }
    const { pending } = tombstone;
    const now = deps.now();
    const erasure: Erasure = {
      id: erasureId,
      erasedBy: pending.erasedBy,
      erasedByName: pending.erasedByName,
      erasedAt: now,
      reason: pending.reason,
      contactKind: pending.contactKind,
      requested: pending.requested,
      counts: pending.counts,
    };
    tx.set(erasureRef, toStored(erasure));
    tx.set(tombstoneRef, toStored({ ...tombstone, completedAt: now, pending: null }));
    return { erasureId, counts: pending.counts };
  });
}

/**
 * Erases a contact for good (the GDPR right to erasure, or a deletion the agency decided): its
 * document and subcollections (the history copies included), its files and client projection, its
 * interests, the tasks about it, its history (entries about it alone; others lose the link), the mails
 * sent to it or naming it (staff notifications included) and its client-space account; its portal leads
 * and the properties it sells lose the link. Tasks about the contact are deleted rather than detached:
 * their title, text and result are free text about the person, which cannot be scrubbed reliably.
 *
 * The contact document goes first, with its tombstone (startErasure): a trigger or callable running
 * meanwhile reads the contact in its transaction, finds it gone and writes nothing, so nothing comes
 * back after the clean-up. A call that failed half way is finished by the next one (the same request,
 * or another one with the name confirmed); the audit entry is written once, at the end, and keeps no
 * personal data: no name, email, phone or contact id.
 */
export async function eraseContact(deps: Deps, caller: Caller, input: EraseContactInput): Promise<EraseContactResult> {
  const tenantId = caller.claims?.tenantId ?? '';
  const started = await startErasure(deps, caller, input, erasureIdOf(tenantId, input.requestId));
  if (started.state === 'done') return started.result;
  await cleanUp(deps, tenantId, input.contactId, started.pending);
  const result = await finishErasure(deps, tenantId, input.contactId, started.erasureId);
  contactsLog.contactErased(tenantId, started.erasureId, caller.uid, started.pending.reason);
  return result;
}

/** How long an erasure may stay unfinished before the schedule takes it up (its call has surely ended). */
export const ERASURE_STALL_MS = 10 * 60_000;

/** Stalled erasures finished per run; the next run takes the rest. */
const STALLED_PER_RUN = 50;

/**
 * `contacts-finishErasures`, every 15 minutes: an erasure whose call died after deleting the contact,
 * and that nobody called again (the contact no longer shows in the app), is finished here, as a call
 * would finish it. Found by the tombstones still `completedAt == null` and older than ERASURE_STALL_MS
 * (a collection-group index), so a running call is not raced. Returns how many it finished.
 */
export async function finishStalledErasures(deps: Deps, now: Date): Promise<number> {
  const { db } = deps;
  const stalled = await db
    .collectionGroup('erasedContacts')
    .where('completedAt', '==', null)
    .where('startedAt', '<', new Date(now.getTime() - ERASURE_STALL_MS))
    .orderBy('startedAt')
    .limit(STALLED_PER_RUN)
    .get();
  let finished = 0;
  for (const doc of stalled.docs) {
    const tenantId = doc.ref.parent.parent?.id;
    const tombstone = readTombstone(doc);
    if (!tenantId || !tombstone?.pending) continue;
    // One erasure failing for good (a file or an account that cannot be deleted) must not keep the
    // others, behind it in the queue, from ever finishing: it is logged and tried again next run.
    try {
      await cleanUp(deps, tenantId, doc.id, tombstone.pending);
      await finishErasure(deps, tenantId, doc.id, tombstone.erasureId);
    } catch (error) {
      contactsLog.erasureStalled(tenantId, tombstone.erasureId, error);
      continue;
    }
    contactsLog.contactErased(tenantId, tombstone.erasureId, tombstone.pending.erasedBy, tombstone.pending.reason);
    finished += 1;
  }
  return finished;
}
