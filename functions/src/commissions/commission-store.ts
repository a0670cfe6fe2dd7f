import { commissionAgentModel, commissionSettingsModel, isTeamManager, paths } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';

const commissionSettingsConverter = converterOf(commissionSettingsModel);
export const commissionAgentConverter = converterOf(commissionAgentModel);

export const commissionSettingsRef = (db: Firestore, tenantId: string) =>
  db.doc(paths.commissionSettings(tenantId)).withConverter(commissionSettingsConverter);

export const commissionAgentRef = (db: Firestore, tenantId: string, uid: string) =>
  db.doc(paths.commissionAgent(tenantId, uid)).withConverter(commissionAgentConverter);

/** The caller, the owner or an admin: only they set how the agency pays. */
export async function readPlansManager(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isTeamManager(actor.role)) {
    throw new Refusal('permission-denied', 'Only the owner or an admin sets commission plans.', 'not-team-manager');
  }
  return actor;
}
