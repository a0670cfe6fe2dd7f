import {
  contactFullName,
  mergeContactFields,
  mergeRemark,
  paths,
  type Contact,
  type HistoryEntry,
  type MergeContactsInput,
  type MergeContactsResult,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { readTenant, type Actor } from '../lib/staff';
import { readCollaboratorActor, readVisibleContact } from './contact-access';
import { contactLifecycle } from './contact-lifecycle.participants';
import { runTransaction } from '../lib/transactions';

/** Pairs of writes per batch, well under Firestore's 500 writes. */
const BATCH_PAIRS = 200;

/**
 * The remark the merge leaves on the kept contact has an id made from the merged one: a retry after the
 * merge finished finds it and knows the merged contact is gone because of it, not missing.
 */
function mergeEntryId(mergeId: string): string {
  return `merge-${mergeId}`;
}

/** The two contacts of the merge: every move reads them in its transaction. */
interface Pair {
  db: Firestore;
  contacts: DocumentReference[];
}

/**
 * Each page is a transaction that first reads both contacts and stops (not-found) when one was erased
 * meanwhile: nothing moves onto an erased contact, nor from one (its erasure removes what is left).
 */
async function inBatches<T>(
  pair: Pair,
  items: readonly T[],
  write: (batch: Transaction, item: T) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_PAIRS) {
    await runTransaction(pair.db, async (tx) => {
      await bothExist(tx, pair);
      for (const item of items.slice(start, start + BATCH_PAIRS)) write(tx, item);
    });
  }
}

async function bothExist(tx: Transaction, pair: Pair): Promise<void> {
  const contacts = await tx.getAll(...pair.contacts);
  if (contacts.some((contact) => !contact.exists)) {
    throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
  }
}

/**
 * Moves what points at the merged contact to the kept one: each participant of the contact lifecycle
 * moves what its capability holds. Every step reads what still points at the merged contact and
 * rewrites it, so running it again after a failure finishes the job without doing anything twice.
 */
async function moveReferences(db: Firestore, tenantId: string, keep: Contact, mergeId: string) {
  const pair: Pair = {
    db,
    contacts: [db.doc(paths.contact(tenantId, keep.id)), db.doc(paths.contact(tenantId, mergeId))],
  };
  return contactLifecycle.merged({
    db,
    tenantId,
    keep,
    mergeId,
    inBatches: (items, write) => inBatches(pair, items, write),
    bothExist: (tx) => bothExist(tx, pair),
  });
}

interface Checked {
  actor: Actor;
  keep: Contact;
  done: boolean;
}

/**
 * `contacts-mergeContacts`: folds `mergeId` into `keepId`. The caller must see both contacts (owner and
 * admin see all). What points at the merged contact (history, tasks, interests, subcollections and
 * their files, mails, leads: the lifecycle's `merged` participants) moves first, each step safe to repeat; then one transaction updates the
 * kept contact (`mergeContactFields`), deletes the merged one and writes the remark. A retry after
 * success finds the remark and answers the same.
 */
export async function mergeContacts(
  deps: Deps,
  caller: Caller,
  input: MergeContactsInput,
): Promise<MergeContactsResult> {
  const { db } = deps;
  const now = deps.now();
  const check = async (): Promise<Checked> =>
    runTransaction(db, async (tx) => {
      const actor = await readCollaboratorActor(db, tx, caller);
      const marker = await tx.get(db.doc(paths.historyEntry(actor.tenantId, mergeEntryId(input.mergeId))));
      const keep = await readVisibleContact(db, tx, actor, input.keepId);
      const mergedSnapshot = await tx.get(db.doc(paths.contact(actor.tenantId, input.mergeId)));
      if (!mergedSnapshot.exists && marker.exists) return { actor, keep, done: true };
      const merged = await readVisibleContact(db, tx, actor, input.mergeId);
      if (merged.portal.status !== 'none') {
        throw new Refusal(
          'failed-precondition',
          'This contact has a client space: keep it and merge the other contact into it.',
          'merged-has-portal',
        );
      }
      return { actor, keep, done: false };
    });

  const first = await check();
  if (first.done) return { contactId: input.keepId };
  const { actor } = first;
  const tenantId = actor.tenantId;
  const moved = await moveReferences(db, tenantId, first.keep, input.mergeId);

  const merged = await runTransaction(db, async (tx) => {
    const tenant = await readTenant(db, tx, tenantId);
    const keep = await readVisibleContact(db, tx, actor, input.keepId);
    const markerRef = db.doc(paths.historyEntry(tenantId, mergeEntryId(input.mergeId)));
    const marker = await tx.get(markerRef);
    const mergedSnapshot = await tx.get(db.doc(paths.contact(tenantId, input.mergeId)));
    if (!mergedSnapshot.exists) {
      if (marker.exists) return false;
      throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
    }
    const other = await readVisibleContact(db, tx, actor, input.mergeId);
    tx.update(
      db.doc(paths.contact(tenantId, keep.id)),
      toStored({ ...mergeContactFields(keep, other), updatedAt: now }),
    );
    tx.delete(mergedSnapshot.ref);
    const entry: HistoryEntry = {
      id: markerRef.id,
      type: 'remark',
      occurredAt: now,
      authorUid: actor.uid,
      contactIds: [keep.id],
      propertyId: null,
      dealId: null,
      text: mergeRemark(tenant.locale, {
        actor: actor.member.displayName || actor.member.email,
        merged: contactFullName(other) || other.email || other.phone,
      }),
      phase: null,
      phaseChange: null,
      createdAt: now,
    };
    tx.set(markerRef, toStored(entry));
    return true;
  });
  if (merged) contactsLog.contactsMerged(tenantId, input.keepId, input.mergeId, moved, actor.uid);
  return { contactId: input.keepId };
}
