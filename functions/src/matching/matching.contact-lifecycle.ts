import { paths } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { syncMatchSearch } from './matching-store';

/**
 * A buyer's matching projection (`matchSearches/{contactId}`) copies the contact's name, agent,
 * manager and sharing: it follows every write of the contact, and goes with an erased or merged one.
 */
export const matchingContactLifecycle = {
  name: 'matching',
  async merged({ db, tenantId, keep, mergeId }) {
    const merged = db.doc(paths.matchSearch(tenantId, mergeId));
    const existed = (await merged.get()).exists;
    if (existed) await merged.delete();
    await syncMatchSearch({ db }, tenantId, keep.id);
    return { matchSearches: existed ? 1 : 0 };
  },
  async erased({ deps, tenantId, contactId }) {
    await deps.db.doc(paths.matchSearch(tenantId, contactId)).delete();
  },
  written: ({ deps, tenantId, contactId }) => syncMatchSearch(deps, tenantId, contactId),
} satisfies ContactLifecycleParticipant;
