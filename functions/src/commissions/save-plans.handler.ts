import { paths, type SaveCommissionPlansInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';
import { commissionAgentConverter, commissionSettingsRef, readPlansManager } from './commission-store';
import { commissionsLog } from './commissions.log';

/**
 * Settings › Commissions: every plan of the agency and the default one (owner and admin). A plan still
 * given to a collaborator cannot be removed: give them another first. Deals already split keep the
 * split they were paid by.
 */
export async function saveCommissionPlans(
  deps: Deps,
  caller: Caller,
  input: SaveCommissionPlansInput,
): Promise<{ saved: true }> {
  const { db } = deps;
  const now = deps.now();
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readPlansManager(db, tx, caller);
    const kept = new Set(input.plans.map((plan) => plan.id));
    const before = (await tx.get(commissionSettingsRef(db, actor.tenantId))).data();
    const removed = Object.keys(before?.plans ?? { acteur: 1, expert: 1, approche: 1 }).filter((id) => !kept.has(id));
    if (removed.length > 0) {
      const inUse = await tx.get(
        db
          .collection(paths.commissionAgents(actor.tenantId))
          .withConverter(commissionAgentConverter)
          .where('planId', 'in', removed.slice(0, 30))
          .limit(1),
      );
      const holder = inUse.docs[0]?.data();
      if (holder) {
        throw new Refusal('failed-precondition', 'A collaborator is still paid by a plan you removed.', 'plan-in-use', {
          planId: holder.planId,
          uid: holder.uid,
        });
      }
    }
    tx.set(commissionSettingsRef(db, actor.tenantId), {
      plans: Object.fromEntries(input.plans.map(({ id, ...plan }) => [id, plan])),
      defaultPlanId: input.defaultPlanId,
      updatedAt: now,
    });
    return actor.tenantId;
  });
  commissionsLog.plansSaved(tenantId, input.plans.length, caller.uid);
  return { saved: true };
}
