import { contactFullName, interestId, paths } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';
import { syncContactInterests } from './interest-copies';
import { runTransaction } from '../lib/transactions';

/** A contact's interests (`interests/{contactId}_{propertyId}`), which copy its name and viewers. */
export const pipelineContactLifecycle = {
  name: 'pipeline',
  // An interest's id is `${contactId}_${propertyId}`: it is re-keyed. When the kept contact already
  // follows the property, its own interest (phase and durations) stays and the merged one goes.
  async merged({ db, tenantId, keep, mergeId, bothExist }) {
    const interests = await db.collection(paths.interests(tenantId)).where('contactId', '==', mergeId).get();
    for (const doc of interests.docs) {
      const target = db.doc(paths.interest(tenantId, interestId(keep.id, String(doc.get('propertyId')))));
      await runTransaction(db, async (tx) => {
        const [source, existing] = await Promise.all([tx.get(doc.ref), tx.get(target), bothExist(tx)]);
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
    return { interests: interests.size };
  },
  async erased({ deps, tenantId, contactId, count }) {
    const interests = deps.db.collection(paths.interests(tenantId)).where('contactId', '==', contactId);
    await count('interests', await deleteAll(deps.db, interests));
  },
  // On every write, not only when the viewers change: interests also copy the contact's name.
  written: ({ deps, tenantId, contactId }) => syncContactInterests(deps, tenantId, contactId),
} satisfies ContactLifecycleParticipant;
