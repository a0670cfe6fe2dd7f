import { paths, refuseTeamAction, type SetMemberActiveInput, type SetMemberActiveResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { Refusal, refuseIfJoinedElsewhere, teamRefusal } from '../lib/refusal';
import { readActor, readMember } from '../lib/staff';
import { runTransaction } from '../lib/transactions';

/**
 * Deactivating disables the Auth account, clears the claims and revokes the sessions; the member
 * keeps their role so reactivating gives it back.
 */
export async function setMemberActive(
  deps: Deps,
  caller: Caller,
  input: SetMemberActiveInput,
): Promise<SetMemberActiveResult> {
  const { db, auth } = deps;
  const now = deps.now();
  if (caller.claims?.tenantId) await refuseIfJoinedElsewhere(deps.auth, input.uid, caller.claims.tenantId);
  const { tenantId, role } = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    const target = await readMember(db, tx, actor.tenantId, input.uid);
    const refusal = refuseTeamAction(actor, target, input.active ? 'reactivate' : 'deactivate');
    if (refusal) throw teamRefusal(refusal);
    if (input.active && !target.role)
      throw new Refusal('failed-precondition', 'This member has no role to get back.', 'no-role');
    const ref = db.doc(paths.member(actor.tenantId, input.uid));
    if (input.active) tx.update(ref, toStored({ status: 'active', updatedAt: now }));
    else tx.update(ref, toStored({ status: 'deactivated', sessionsRevokedAt: now, updatedAt: now }));
    return { tenantId: actor.tenantId, role: target.role };
  });

  if (input.active && role) {
    await auth.setCustomUserClaims(input.uid, { tenantId, role });
    await auth.updateUser(input.uid, { disabled: false });
  } else {
    await auth.updateUser(input.uid, { disabled: true });
    await auth.setCustomUserClaims(input.uid, {});
    await auth.revokeRefreshTokens(input.uid);
  }
  teamLog.memberActiveChanged(tenantId, input.uid, input.active, caller.uid);
  return { uid: input.uid, status: input.active ? 'active' : 'deactivated' };
}
