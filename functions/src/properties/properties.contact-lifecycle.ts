import { paths } from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { updateAll } from '../lib/batches';

/** Properties name their sellers in `sellerContactIds`. */
export const propertiesContactLifecycle = {
  name: 'properties',
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
