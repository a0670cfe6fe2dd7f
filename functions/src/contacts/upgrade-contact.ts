import { missingContactFields, paths } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { memberConverter, tenantConverter, toStored } from '../lib/converters';
import { runTransaction } from '../lib/transactions';

export type UpgradeOutcome = 'upgraded' | 'unchanged' | 'gone';

/**
 * Gives a contact stored before the contact model the fields it lacks (`missingContactFields`): its
 * phone read in the agency's country, `kind`, `matchKeys`, the manager of its agent… in a transaction,
 * touching nothing that is there, so running it twice changes nothing. `updatedAt` stays: the contact
 * itself did not change. contacts-onContactWritten then gives it the tokens of its new fields.
 */
export async function upgradeStoredContact(
  db: Firestore,
  tenantId: string,
  contactId: string,
): Promise<UpgradeOutcome> {
  return runTransaction(db, async (tx) => {
    const ref = db.doc(paths.contact(tenantId, contactId));
    const snapshot = await tx.get(ref);
    const stored = snapshot.data();
    if (!stored) return 'gone';
    const tenant = (await tx.get(db.doc(paths.tenant(tenantId)).withConverter(tenantConverter))).data();
    const agentUid = typeof stored.assignedAgentUid === 'string' ? stored.assignedAgentUid : '';
    const agent = agentUid
      ? (await tx.get(db.doc(paths.member(tenantId, agentUid)).withConverter(memberConverter))).data()
      : undefined;
    const missing = missingContactFields(stored, tenant?.country ?? 'FR', agent?.managerUid ?? null);
    if (!missing) return 'unchanged';
    tx.update(ref, toStored(missing));
    return 'upgraded';
  });
}
