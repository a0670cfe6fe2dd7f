import { paths } from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { updateAll } from '../lib/batches';

/** Properties name their sellers in `sellerContactIds`. */
export const propertiesContactLifecycle = {
  name: 'properties',
  // The kept contact sells what the merged one sold (once, if both were sellers of the same property).
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const selling = await db
      .collection(paths.properties(tenantId))
      .where('sellerContactIds', 'array-contains', mergeId)
      .get();
    await inBatches(selling.docs, (tx, doc) => {
      const ids = (doc.get('sellerContactIds') as string[]).map((id) => (id === mergeId ? keep.id : id));
      tx.update(doc.ref, { sellerContactIds: [...new Set(ids)] });
    });
    return { properties: selling.size };
  },
  // The properties the person sells keep their record but no longer name them among the sellers.
  async erased({ deps, tenantId, contactId, count }) {
    const selling = deps.db
      .collection(paths.properties(tenantId))
      .where('sellerContactIds', 'array-contains', contactId);
    await count(
      'properties',
      await updateAll(deps.db, selling, { sellerContactIds: FieldValue.arrayRemove(contactId) }),
    );
  },
} satisfies ContactLifecycleParticipant;
