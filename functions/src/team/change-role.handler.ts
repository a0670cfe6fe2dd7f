import { paths, refuseTeamAction, type ChangeRoleInput, type ChangeRoleResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { refuseIfJoinedElsewhere, teamRefusal } from '../lib/refusal';
import { readActor, readMember } from '../lib/staff';
import { propagateManager } from './set-manager.handler';
import { runTransaction } from '../lib/transactions';

/**
 * Gives an active collaborator another role. Their sessions are revoked so no token keeps the
 * old role: the app signs out any session older than `sessionsRevokedAt`. Only agents have a manager:
 * a manager who stops being one leaves their agents without one, and an agent who stops being one
 * leaves their manager; the contacts, tasks and history of those agents follow (propagateManager), so
 * nobody keeps seeing a team through copied `managerUid`s or `viewerUids`.
 */
export async function changeRole(deps: Deps, caller: Caller, input: ChangeRoleInput): Promise<ChangeRoleResult> {
  const { db, auth } = deps;
  const now = deps.now();
  if (caller.claims?.tenantId) await refuseIfJoinedElsewhere(deps.auth, input.uid, caller.claims.tenantId);
  const { tenantId, detached } = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    const target = await readMember(db, tx, actor.tenantId, input.uid);
    const refusal = refuseTeamAction(actor, target, 'change-role');
    if (refusal) throw teamRefusal(refusal);
    const team =
      target.role === 'manager' && input.role !== 'manager'
        ? await tx.get(db.collection(paths.members(actor.tenantId)).where('managerUid', '==', input.uid))
        : null;
    const leavesManager = target.role === 'agent' && input.role !== 'agent' && target.managerUid !== null;
    tx.update(
      db.doc(paths.member(actor.tenantId, input.uid)),
      toStored({
        role: input.role,
        sessionsRevokedAt: now,
        updatedAt: now,
        ...(leavesManager ? { managerUid: null } : {}),
      }),
    );
    for (const member of team?.docs ?? []) tx.update(member.ref, toStored({ managerUid: null, updatedAt: now }));
    const agents = [...(team?.docs.map((member) => member.id) ?? []), ...(leavesManager ? [input.uid] : [])];
    return { tenantId: actor.tenantId, detached: agents };
  });
  for (const agentUid of detached) await propagateManager(deps, tenantId, agentUid, null);
  await auth.setCustomUserClaims(input.uid, { tenantId, role: input.role });
  await auth.revokeRefreshTokens(input.uid);
  teamLog.roleChanged(tenantId, input.uid, input.role, caller.uid);
  return { uid: input.uid, role: input.role, sessionsRevokedAt: now.toISOString() };
}
