import { paths, refuseTeamAction, type ChangeRoleInput, type StaffRole } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { log } from '../lib/log';
import { refuseIfJoinedElsewhere, teamRefusal } from '../lib/refusal';
import { readActor, readMember } from '../lib/staff';

export interface ChangeRoleResult {
  uid: string;
  role: StaffRole;
  sessionsRevokedAt: string;
}

/**
 * Gives an active collaborator another role. Their sessions are revoked so no token keeps the
 * old role: the app signs out any session older than `sessionsRevokedAt`.
 */
export async function changeRole(deps: Deps, caller: Caller, input: ChangeRoleInput): Promise<ChangeRoleResult> {
  const { db, auth } = deps;
  const now = deps.now();
  if (caller.claims?.tenantId) await refuseIfJoinedElsewhere(deps.auth, input.uid, caller.claims.tenantId);
  const tenantId = await db.runTransaction(async (tx) => {
    const actor = await readActor(db, tx, caller);
    const target = await readMember(db, tx, actor.tenantId, input.uid);
    const refusal = refuseTeamAction(actor, target, 'change-role');
    if (refusal) throw teamRefusal(refusal);
    tx.update(
      db.doc(paths.member(actor.tenantId, input.uid)),
      toStored({ role: input.role, sessionsRevokedAt: now, updatedAt: now }),
    );
    return actor.tenantId;
  });
  await auth.setCustomUserClaims(input.uid, { tenantId, role: input.role });
  await auth.revokeRefreshTokens(input.uid);
  log.roleChanged(tenantId, input.uid, input.role, caller.uid);
  return { uid: input.uid, role: input.role, sessionsRevokedAt: now.toISOString() };
}
