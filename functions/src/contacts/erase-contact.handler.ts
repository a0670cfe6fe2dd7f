import { createHash } from 'node:crypto';
import {
  confirmsName,
  contactFullName,
  paths,
  type Contact,
  type EraseContactInput,
  type EraseContactResult,
  type Erasure,
  type ErasureCounts,
} from '@estate/domain';
import { FieldValue, type Firestore, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { contactConverter, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { log } from '../lib/log';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';
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
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return { historyDeleted, historyUnlinked };
    const batch = db.batch();
    for (const doc of page.docs) {
      const contactIds: unknown = doc.get('contactIds');
      const others = Array.isArray(contactIds) ? contactIds.filter((id) => id !== contactId) : [];
      if (others.length === 0) {
        batch.delete(doc.ref);
        historyDeleted += 1;
      } else {
        batch.update(doc.ref, { contactIds: FieldValue.arrayRemove(contactId) });
        historyUnlinked += 1;
      }
    }
    await batch.commit();
  }
}

/**
 * Notifications to staff that name the person without linking the contact (a phase change mailed to
 * the agent): found by the name they carry, and only among mails linked to no contact, so a
 * namesake's own mails stay.
 */
async function deleteStaffMailsNaming(db: Firestore, tenantId: string, contact: Contact): Promise<number> {
  const names = [...new Set([contactFullName(contact), contact.email].filter((name) => name !== ''))];
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

async function deletePortalAccount(deps: Deps, contact: Contact): Promise<number> {
  if (!contact.portal.uid) return 0;
  try {
    await deps.auth.deleteUser(contact.portal.uid);
    return 1;
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return 0;
    throw error;
  }
}

async function readErasable(
  deps: Deps,
  caller: Caller,
  contactId: string,
): Promise<{ actor: Actor; contact: Contact }> {
  const { db } = deps;
  return db.runTransaction(async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const snapshot = await tx.get(db.doc(paths.contact(actor.tenantId, contactId)).withConverter(contactConverter));
    const contact = snapshot.data();
    if (!contact) throw notFound();
    return { actor, contact };
  });
}

/**
 * Erases a contact for good (the GDPR right to erasure, or a deletion the agency decided): its
 * document and subcollections, its files, its interests, the tasks about it, its history (entries
 * about it alone; others lose the link), the mails sent to it or naming it (staff notifications
 * included) and its client-space account; its portal leads and the properties it sells lose the link.
 * Tasks about the contact are deleted rather than detached: their title, text and result are free
 * text about the person, which cannot be scrubbed reliably.
 *
 * The contact document goes last, in the transaction that writes the audit entry, so a call that
 * failed half way is retried safely: the contact is still there and the rest is removed again. Once it
 * is gone, a second call answers not-found and writes nothing, and two concurrent calls cannot both log.
 * The audit entry keeps no personal data: no name, email, phone or contact id.
 */
export async function eraseContact(deps: Deps, caller: Caller, input: EraseContactInput): Promise<EraseContactResult> {
  const { db } = deps;
  const { actor, contact } = await readErasable(deps, caller, input.contactId);
  const tenantId = actor.tenantId;
  if (!confirmsName(input.confirmName, contactFullName(contact))) {
    throw new Refusal('failed-precondition', "The name typed does not match the contact's name.", 'confirm-mismatch');
  }
  const erasureRef = db.doc(paths.erasure(tenantId, erasureIdOf(tenantId, input.requestId)));
  if ((await erasureRef.get()).exists) {
    throw new Refusal('failed-precondition', 'This erasure request was already used.', 'erasure-request-used');
  }

  const subcollections = await eraseSubcollections(db, tenantId, contact.id);
  const files = await deleteContactFiles(tenantId, contact.id);
  const interests = await deleteAll(db, db.collection(paths.interests(tenantId)).where('contactId', '==', contact.id));
  const tasks = await deleteAll(
    db,
    db.collection(paths.tasks(tenantId)).where('subject.kind', '==', 'contact').where('subject.id', '==', contact.id),
  );
  const history = await eraseFromHistory(db, tenantId, contact.id);
  const mails =
    (await deleteAll(db, db.collection(paths.mails(tenantId)).where('contactId', '==', contact.id))) +
    (await deleteAll(db, db.collection(paths.mails(tenantId)).where('templateData.contactId', '==', contact.id))) +
    (await deleteStaffMailsNaming(db, tenantId, contact));
  const leads = await unlinkLeads(db, tenantId, contact.id);
  const properties = await unlinkProperties(db, tenantId, contact.id);
  const portalAccount = await deletePortalAccount(deps, contact);

  const counts: ErasureCounts = {
    contact: 1,
    subcollections,
    files,
    interests,
    tasks,
    ...history,
    mails,
    leads,
    properties,
    portalAccount,
  };
  const now = deps.now();
  await db.runTransaction(async (tx) => {
    const contactRef = db.doc(paths.contact(tenantId, contact.id));
    const [current, logged] = await Promise.all([tx.get(contactRef), tx.get(erasureRef)]);
    if (!current.exists) throw notFound();
    if (logged.exists) {
      throw new Refusal('failed-precondition', 'This erasure request was already used.', 'erasure-request-used');
    }
    const erasure: Erasure = {
      id: erasureRef.id,
      erasedBy: actor.uid,
      erasedByName: actor.member.displayName,
      erasedAt: now,
      reason: input.reason,
      contactKind: contact.kind,
      requested: contact.deletionRequest !== null,
      counts,
    };
    tx.delete(contactRef);
    tx.create(erasureRef, toStored(erasure));
  });
  log.contactErased(tenantId, erasureRef.id, actor.uid, input.reason);
  return { erasureId: erasureRef.id, counts };
}
