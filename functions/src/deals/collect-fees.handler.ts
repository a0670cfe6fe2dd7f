import {
  collectFeesRefusal,
  commissionAgentModel,
  commissionSettingsModel,
  commissionTurnoverId,
  commissionTurnoverModel,
  dealSplit,
  isTeamManager,
  paths,
  planOfAgent,
  type CollectFeesInput,
  type DealResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { dealRef, readVisibleDeal } from './deal-store';
import { dealsLog } from './deals.log';

const settingsConverter = converterOf(commissionSettingsModel);
const agentConverter = converterOf(commissionAgentModel);
const turnoverConverter = converterOf(commissionTurnoverModel);

const REFUSAL_MESSAGES = {
  'deal-cancelled': 'This deal was cancelled.',
  'fees-already-collected': 'The fees of this deal were already collected on another day.',
  'dates-out-of-order': 'The fees cannot be collected before the offer was accepted.',
  'date-in-future': 'Fees are recorded once they came in: this day has not come yet.',
} as const;

/**
 * Records that a deal's fees came in, on the day they did, and splits them (`dealSplit`): by the
 * agent's plan and their turnover of that year before this deal, which the deal then adds to (less a
 * partner's share). The owner and admins record it. The same day sent again is a retry and writes
 * nothing; the split stays as it was computed then. The tiers count the agent's deals in the order
 * their fees are recorded, which is the order they come in when recorded on the day.
 */
export async function collectFees(deps: Deps, caller: Caller, input: CollectFeesInput): Promise<DealResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    if (!isTeamManager(actor.role)) {
      throw new Refusal('permission-denied', 'Only the owner and admins record collected fees.', 'not-team-manager');
    }
    const tenantId = actor.tenantId;
    const deal = await readVisibleDeal(db, tx, actor, input.dealId);
    const refusal = collectFeesRefusal(deal, input.collectedAt, now);
    if (refusal) throw new Refusal('failed-precondition', REFUSAL_MESSAGES[refusal], refusal);
    if (deal.collectedAt) return null;
    const year = input.collectedAt.getUTCFullYear();
    const turnoverRef = db
      .doc(paths.commissionTurnover(tenantId, commissionTurnoverId(deal.agentUid, year)))
      .withConverter(turnoverConverter);
    const [settings, agentPlan, turnover] = await Promise.all([
      tx.get(db.doc(paths.commissionSettings(tenantId)).withConverter(settingsConverter)).then((s) => s.data()),
      tx
        .get(db.doc(paths.commissionAgent(tenantId, deal.agentUid)).withConverter(agentConverter))
        .then((s) => s.data()),
      tx.get(turnoverRef).then((s) => s.data()),
    ]);
    const { plan } = planOfAgent(settings?.plans ?? null, settings?.defaultPlanId ?? null, agentPlan?.planId ?? null);
    const before = turnover?.cents ?? 0;
    const split = dealSplit(deal, plan, before);
    tx.set(dealRef(db, tenantId, deal.id), {
      ...deal,
      collectedAt: input.collectedAt,
      split,
      planName: plan.name,
      updatedAt: now,
    });
    tx.set(turnoverRef, {
      uid: deal.agentUid,
      year,
      cents: before + split.feesCents - split.partnerCents,
      updatedAt: now,
    });
    return split;
  });
  if (outcome) {
    dealsLog.feesCollected(
      caller.claims?.tenantId ?? '',
      input.dealId,
      outcome.feesCents,
      outcome.agentCents,
      caller.uid,
    );
  }
  return { dealId: input.dealId };
}
