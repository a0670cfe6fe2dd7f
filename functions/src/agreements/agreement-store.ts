import { agreementModel, hasCapability, isCollaborator, paths, type Tenant } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant, type Actor } from '../lib/staff';

const agreementConverter = converterOf(agreementModel);

export const agreementRef = (db: Firestore, tenantId: string, agreementId: string) =>
  db.doc(paths.agreement(tenantId, agreementId)).withConverter(agreementConverter);

/** The sales team of a developer tenant (partners do not sell units), read inside the transaction. */
export async function readDeveloperStaff(
  db: Firestore,
  tx: Transaction,
  caller: Caller,
): Promise<{ actor: Actor; tenant: Tenant }> {
  const actor = await readActor(db, tx, caller);
  if (!isCollaborator(actor.role)) {
    throw new Refusal('permission-denied', 'Only the sales team may do this.', 'not-staff');
  }
  const tenant = await readTenant(db, tx, actor.tenantId);
  if (!hasCapability(tenant.capabilities, 'developer')) {
    throw new Refusal('failed-precondition', "Agreements are part of a developer's sales office.", 'not-developer');
  }
  return { actor, tenant };
}
