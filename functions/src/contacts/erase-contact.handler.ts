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
  type PendingErasure,
} from '@estate/domain';
import { FieldPath, FieldValue, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { contactConverter, readModel, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { readTeamManagerActor } from './contact-access';
import { contactLifecycle } from './contact-lifecycle.participants';
import { runTransaction } from '../lib/transactions';

const notFound = () => new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');

/** The audit entry's id: from the app's request id, so a retried call can never log twice. */
export function erasureIdOf(tenantId: string, requestId: string): string {
  return createHash('sha256').update(`${tenantId}/${requestId}`).digest('hex').slice(0, 32);
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
  return runTransaction(db, async (tx): Promise<Started> => {
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
      counts: { contact: 1, subcollections: {}, removed: {} },
    };
    const marked: ErasedContact = { erasureId, startedAt: deps.now(), completedAt: null, pending };
    tx.delete(contactRef);
    tx.set(tombstoneRef, toStored(marked));
    return { state: 'erasing', erasureId, pending };
  });
}

/**
 * Removes everything about the contact: each participant of the contact lifecycle removes what its
 * capability holds, step by step, and every step finds only what is left, so a call that failed half
 * way is simply run again. What each step removed is added to the tombstone's counts as it ends, so
 * the audit entry counts what earlier attempts removed too.
 */
async function cleanUp(deps: Deps, tenantId: string, contactId: string, pending: PendingErasure): Promise<void> {
  const tombstoneRef = deps.db.doc(paths.erasedContact(tenantId, contactId));
  const tally = async (field: string[], count: number) => {
    if (count > 0) await tombstoneRef.update(new FieldPath('pending', 'counts', ...field), FieldValue.increment(count));
  };
  await contactLifecycle.erased({
    deps,
    tenantId,
    contactId,
    pending,
    count: (participant, kind, removed) => tally(['removed', participant, kind], removed),
    countSubcollection: (name, removed) => tally(['subcollections', name], removed),
  });
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
  return runTransaction(db, async (tx) => {
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
 * document, then everything the participants of the contact lifecycle hold about it
 * (contact-lifecycle.participants.ts: its client file and files, interests, tasks, history, mails,
 * client-space account; portal leads and properties keep their record without the link).
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
