import { paths } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { updateAll } from '../lib/batches';

/** Portal leads name the contact they found or created in `contactId`. */
export const leadsContactLifecycle = {
  name: 'leads',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const linked = await db.collection(paths.leads(tenantId)).where('contactId', '==', mergeId).get();
    await inBatches(linked.docs, (batch, doc) => batch.update(doc.ref, { contactId: keep.id }));
    return { leads: linked.size };
  },
  // Leads keep their record, which holds no personal data, so that the same lead delivered again is
  // still recognised and does not bring the erased person back; they lose the contact's id.
  async erased({ deps, tenantId, contactId, count }) {
    const linked = deps.db.collection(paths.leads(tenantId)).where('contactId', '==', contactId);
    await count('leads', await updateAll(deps.db, linked, { contactId: '' }));
  },
} satisfies ContactLifecycleParticipant;
