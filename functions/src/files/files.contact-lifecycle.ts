import { paths, sharedDocumentId, type SharedDocument } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';

/** The documents shared with a contact (`sharedDocuments`, by `contactId`). */
export const filesContactLifecycle = {
  name: 'files',
  // The kept contact gets the merged one's shares (its documents moved with the file), under its own ids.
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const shares = await db.collection(paths.sharedDocuments(tenantId)).where('contactId', '==', mergeId).get();
    await inBatches(shares.docs, (batch, doc) => {
      const shared = doc.data() as SharedDocument;
      const source =
        shared.source.kind === 'contact-document' ? { ...shared.source, contactId: keep.id } : shared.source;
      const id = sharedDocumentId(keep.id, shared.source.documentId);
      batch.set(db.doc(paths.sharedDocument(tenantId, id)), { ...shared, id, contactId: keep.id, source });
      batch.delete(doc.ref);
    });
    return { sharedDocuments: shares.size };
  },
  async erased({ deps, tenantId, contactId, count }) {
    const shares = deps.db.collection(paths.sharedDocuments(tenantId)).where('contactId', '==', contactId);
    await count('sharedDocuments', await deleteAll(deps.db, shares));
    // What the client chose in their account goes with them.
    await deps.db.doc(paths.clientPreferences(tenantId, contactId)).delete();
  },
} satisfies ContactLifecycleParticipant;
