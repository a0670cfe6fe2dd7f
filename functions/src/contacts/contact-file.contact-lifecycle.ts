import { paths } from '@estate/domain';
import type { DocumentData, DocumentReference, Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { deleteContactFiles, moveDocumentFile } from './contact-files';
import type { ContactLifecycleParticipant } from './contact-lifecycle';

/** The subcollections of a contact that follow it in a merge (docs/data-model.md). */
const SUBCOLLECTIONS = ['signatories', 'documents', 'notes', 'buyer'] as const;

/** Every subcollection of the contact (signatories, documents, notes, buyer, and any added later). */
async function eraseSubcollections(db: Firestore, tenantId: string, contactId: string) {
  const counts: Record<string, number> = {};
  for (const collection of await db.doc(paths.contact(tenantId, contactId)).listCollections()) {
    counts[collection.id] = (await collection.count().get()).data().count;
    await db.recursiveDelete(collection);
  }
  return counts;
}

/**
 * The client file kept under the contact: its subcollections (the history copies included), its
 * documents' files in Storage, and the client's projection (clientProfiles/{contactId}).
 */
export const contactFileContactLifecycle = {
  name: 'contact-file',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const moved: Record<string, number> = {};
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
      await inBatches(pairs, (batch, move) => {
        if (Object.keys(move.data).length > 0) batch.set(move.target, move.data);
        batch.delete(move.doc.ref);
      });
      moved[name] = source.size;
    }
    return moved;
  },
  async erased({ deps, tenantId, contactId, count, countSubcollection }) {
    const { db } = deps;
    for (const [collection, removed] of Object.entries(await eraseSubcollections(db, tenantId, contactId))) {
      await countSubcollection(collection, removed);
    }
    // The client's projection is kept by contacts-onContactWritten; removed here too, not left to a late event.
    await db.doc(paths.clientProfile(tenantId, contactId)).delete();
    await count('files', await deleteContactFiles(tenantId, contactId));
  },
} satisfies ContactLifecycleParticipant;
