import { paths, refuseTeamAction, type TransferOwnershipInput, type TransferOwnershipResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { refuseIfJoinedElsewhere, teamRefusal } from '../lib/refusal';
import { readActor, readMember } from '../lib/staff';
import { runTransaction } from '../lib/transactions';

/** The owner hands the agency to an active member and becomes an admin; both sessions are revoked. */
export async function transferOwnership(
  deps: Deps,
  caller: Caller,
  input: TransferOwnershipInput,
): Promise<TransferOwnershipResult> {
  const { db, auth } = deps;
  const now = deps.now();
  if (caller.claims?.tenantId) await refuseIfJoinedElsewhere(deps.auth, input.uid, caller.claims.tenantId);
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    const target = await readMember(db, tx, actor.tenantId, input.uid);
    const refusal = refuseTeamAction(actor, target, 'transfer-ownership');
    if (refusal) throw teamRefusal(refusal);
    const revoked = { sessionsRevokedAt: now, updatedAt: now };
    tx.update(db.doc(paths.member(actor.tenantId, input.uid)), toStored({ role: 'owner', ...revoked }));
    tx.update(db.doc(paths.member(actor.tenantId, actor.uid)), toStored({ role: 'admin', ...revoked }));
    tx.update(db.doc(paths.tenant(actor.tenantId)), toStored({ ownerUid: input.uid, updatedAt: now }));
    return actor.tenantId;
  });
  await auth.setCustomUserClaims(input.uid, { tenantId, role: 'owner' });
  await auth.setCustomUserClaims(caller.uid, { tenantId, role: 'admin' });
  await Promise.all([auth.revokeRefreshTokens(input.uid), auth.revokeRefreshTokens(caller.uid)]);
  teamLog.ownershipTransferred(tenantId, caller.uid, input.uid);
  return { ownerUid: input.uid, formerOwnerUid: caller.uid };
}
