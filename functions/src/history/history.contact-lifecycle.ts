import { paths } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { syncContactHistoryViewers } from './history-copies';
import { runTransaction } from '../lib/transactions';

/** Entries a page's transaction rewrites. */
const BATCH_SIZE = 400;

/** History entries about this contact alone go; the others only lose the contact from `contactIds`. */
async function eraseFromHistory(db: Firestore, tenantId: string, contactId: string) {
  let historyDeleted = 0;
  let historyUnlinked = 0;
  const query = db.collection(paths.history(tenantId)).where('contactIds', 'array-contains', contactId);
  // A transaction per page: history-onEntryWritten may take the id out of an entry at the same time
  // (counting it on the tombstone), and exactly one of the two must do it and count it.
  for (;;) {
    const page = await runTransaction(db, async (tx) => {
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
 * History entries name contacts in `contactIds`; the copies under each contact and the entries'
 * `viewerUids` are history-onEntryWritten's, which follows the entries this rewrites.
 */
export const historyContactLifecycle = {
  name: 'history',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const history = await db.collection(paths.history(tenantId)).where('contactIds', 'array-contains', mergeId).get();
    await inBatches(history.docs, (batch, doc) => {
      const ids = (doc.get('contactIds') as string[]).map((id) => (id === mergeId ? keep.id : id));
      batch.update(doc.ref, { contactIds: [...new Set(ids)] });
    });
    return { history: history.size };
  },
  async erased({ deps, tenantId, contactId, count }) {
    const history = await eraseFromHistory(deps.db, tenantId, contactId);
    await count('historyDeleted', history.historyDeleted);
    await count('historyUnlinked', history.historyUnlinked);
  },
  viewersChanged: ({ deps, tenantId, contactId }) => syncContactHistoryViewers(deps, tenantId, contactId),
} satisfies ContactLifecycleParticipant;
