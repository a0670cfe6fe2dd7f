import { commissionPlansOf, isCollaborator, type AssignCommissionPlanInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readMember } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { commissionAgentRef, commissionSettingsRef, readPlansManager } from './commission-store';
import { commissionsLog } from './commissions.log';

/**
 * Gives an active collaborator a plan from now on (owner and admin): their history gains it with the
 * day it starts, after the plans before it. Giving the plan they already have writes nothing.
 */
export async function assignCommissionPlan(
  deps: Deps,
  caller: Caller,
  input: AssignCommissionPlanInput,
): Promise<{ saved: true }> {
  const { db } = deps;
  const now = deps.now();
  const assigned = await runTransaction(db, async (tx) => {
    const actor = await readPlansManager(db, tx, caller);
    const tenantId = actor.tenantId;
    const [settings, current, member] = await Promise.all([
      tx.get(commissionSettingsRef(db, tenantId)).then((snapshot) => snapshot.data() ?? null),
      tx.get(commissionAgentRef(db, tenantId, input.uid)).then((snapshot) => snapshot.data() ?? null),
      readMember(db, tx, tenantId, input.uid),
    ]);
    if (member.status !== 'active' || !isCollaborator(member.role)) {
      throw new Refusal(
        'failed-precondition',
        'Only active collaborators are paid by a commission plan.',
        'not-collaborator',
      );
    }
    if (!commissionPlansOf(settings).plans.some((plan) => plan.id === input.planId)) {
      throw new Refusal('not-found', 'This plan does not exist.', 'plan-not-found');
    }
    if (current?.planId === input.planId) return null;
    tx.set(commissionAgentRef(db, tenantId, input.uid), {
      uid: input.uid,
      planId: input.planId,
      history: [...(current?.history ?? []), { planId: input.planId, from: now, by: actor.uid }],
      updatedAt: now,
    });
    return tenantId;
  });
  if (assigned) commissionsLog.planAssigned(assigned, input.uid, input.planId, caller.uid);
  return { saved: true };
}
