import { getApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import {
  contactFullName,
  interestId,
  mergeContactFields,
  mergeRemark,
  paths,
  type Contact,
  type HistoryEntry,
  type MergeContactsInput,
  type MergeContactsResult,
} from '@estate/domain';
import type {
  DocumentData,
  DocumentReference,
  Firestore,
  QueryDocumentSnapshot,
  Transaction,
} from 'firebase-admin/firestore';
import { adminDb } from '../lib/admin';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { readTenant, type Actor } from '../lib/staff';
import { readCollaboratorActor, readVisibleContact } from './contact-access';

/** The subcollections of a contact that follow it (docs/data-model.md). */
const SUBCOLLECTIONS = ['signatories', 'documents', 'notes', 'buyer'] as const;

/** Pairs of writes per batch, well under Firestore's 500 writes. */
const BATCH_PAIRS = 200;

/**
 * The remark the merge leaves on the kept contact has an id made from the merged one: a retry after the
 * merge finished finds it and knows the merged contact is gone because of it, not missing.
 */
export function mergeEntryId(mergeId: string): string {
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
    await pair.db.runTransaction(async (tx) => {
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

/** A document file moves with its metadata, so the kept contact's erasure removes it too. */
async function moveDocumentFile(tenantId: string, keepId: string, documentId: string, storagePath: string) {
  const fileName = storagePath.split('/').at(-1) ?? documentId;
  const target = paths.contactDocumentFile(tenantId, keepId, documentId, fileName);
  if (target === storagePath) return target;
  adminDb();
  const bucket = getStorage(getApp()).bucket();
  const [exists] = await bucket.file(storagePath).exists();
  // Already moved by an earlier try: the target is there and the source gone.
  if (exists) await bucket.file(storagePath).move(target);
  return target;
}

/**
 * Moves what points at the merged contact to the kept one. Every step reads what still points at the
 * merged contact and rewrites it, so running it again after a failure finishes the job without
 * doing anything twice.
 */
async function moveReferences(db: Firestore, tenantId: string, keep: Contact, mergeId: string) {
  const moved: Record<string, number> = {};
  const pair: Pair = {
    db,
    contacts: [db.doc(paths.contact(tenantId, keep.id)), db.doc(paths.contact(tenantId, mergeId))],
  };

  const history = await db.collection(paths.history(tenantId)).where('contactIds', 'array-contains', mergeId).get();
  await inBatches(pair, history.docs, (batch, doc) => {
    const ids = (doc.get('contactIds') as string[]).map((id) => (id === mergeId ? keep.id : id));
    batch.update(doc.ref, { contactIds: [...new Set(ids)] });
  });
  moved.history = history.size;

  const tasks = await db.collection(paths.tasks(tenantId)).where('subject.id', '==', mergeId).get();
  const contactTasks = tasks.docs.filter((doc) => doc.get('subject.kind') === 'contact');
  await inBatches(pair, contactTasks, (batch, doc) =>
    batch.update(doc.ref, { 'subject.id': keep.id, 'subject.label': contactFullName(keep) }),
  );
  moved.tasks = contactTasks.length;

  // An interest's id is `${contactId}_${propertyId}`: it is re-keyed. When the kept contact already
  // follows the property, its own interest (phase and durations) stays and the merged one goes.
  const interests = await db.collection(paths.interests(tenantId)).where('contactId', '==', mergeId).get();
  for (const doc of interests.docs) {
    const target = db.doc(paths.interest(tenantId, interestId(keep.id, String(doc.get('propertyId')))));
    await db.runTransaction(async (tx) => {
      const [source, existing] = await Promise.all([tx.get(doc.ref), tx.get(target), bothExist(tx, pair)]);
      if (!source.exists) return;
      if (!existing.exists) {
        tx.create(target, {
          ...source.data(),
          contactId: keep.id,
          contactName: contactFullName(keep),
          agentUid: keep.assignedAgentUid,
        });
      }
      tx.delete(doc.ref);
    });
  }
  moved.interests = interests.size;

  for (const name of SUBCOLLECTIONS) {
    const source = await db.collection(`${paths.contact(tenantId, mergeId)}/${name}`).get();
    const pairs: Array<{ doc: QueryDocumentSnapshot; target: DocumentReference; data: DocumentData }> = [];
    for (const doc of source.docs) {
      const target = db.doc(`${paths.contact(tenantId, keep.id)}/${name}/${doc.id}`);
      // The buyer's files (questionnaire, saved search, Tracfin) of the kept contact win.
      if (name === 'buyer' && (await target.get()).exists) {
        pairs.push({ doc, target, data: {} });
        continue;
      }
      const data = doc.data();
      if (name === 'documents' && typeof data.storagePath === 'string') {
        data.storagePath = await moveDocumentFile(tenantId, keep.id, doc.id, data.storagePath);
      }
      pairs.push({ doc, target, data });
    }
    await inBatches(pair, pairs, (batch, move) => {
      if (Object.keys(move.data).length > 0) batch.set(move.target, move.data);
      batch.delete(move.doc.ref);
    });
    moved[name] = source.size;
  }

  // The mail log and the portal leads name the contact too: the client file lists its mails by it.
  for (const collection of [paths.mails(tenantId), paths.leads(tenantId)]) {
    const linked = await db.collection(collection).where('contactId', '==', mergeId).get();
    await inBatches(pair, linked.docs, (batch, doc) => batch.update(doc.ref, { contactId: keep.id }));
    moved[collection.split('/').at(-1) ?? collection] = linked.size;
  }
  return moved;
}

interface Checked {
  actor: Actor;
  keep: Contact;
  done: boolean;
}

/**
 * `contacts-mergeContacts`: folds `mergeId` into `keepId`. The caller must see both contacts (owner and
 * admin see all). What points at the merged contact (history, tasks, interests, subcollections and
 * their files, mails, leads) moves first, each step safe to repeat; then one transaction updates the
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
    db.runTransaction(async (tx) => {
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

  const merged = await db.runTransaction(async (tx) => {
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
