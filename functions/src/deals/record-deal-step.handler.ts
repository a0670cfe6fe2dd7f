import {
  dealAfterStep,
  dealStepRefusal,
  isDealStepDone,
  type DealResult,
  type DealStepRefusal,
  type RecordDealStepInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { dealRef, readVisibleDeal } from './deal-store';
import { dealsLog } from './deals.log';

const REFUSAL_MESSAGES: Record<DealStepRefusal, string> = {
  'deal-cancelled': 'This deal was cancelled.',
  'deed-signed': 'The deed of this deal is signed: its steps are closed.',
  'fees-collected': 'The fees of this deal were collected: correct its invoice with a credit note instead.',
  'dates-out-of-order': 'This date comes before the step it follows, or after the deed.',
  'date-in-future': 'What is signed is signed by today: this day has not come yet.',
  'not-for-rental': 'A letting has no preliminary contract: record the lease.',
};

/**
 * Records a step of a deal: its preliminary contract (date, deposit, conditions), the planned deed,
 * the signed deed, or its cancellation. The deal's agent, their manager, the owner and admins record
 * them. A step sent again as it already is writes nothing.
 */
export async function recordDealStep(deps: Deps, caller: Caller, input: RecordDealStepInput): Promise<DealResult> {
  const { db } = deps;
  const now = deps.now();
  const recorded = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const deal = await readVisibleDeal(db, tx, actor, input.dealId);
    if (isDealStepDone(deal, input.change)) return false;
    const refusal = dealStepRefusal(deal, input.change, now);
    if (refusal) throw new Refusal('failed-precondition', REFUSAL_MESSAGES[refusal], refusal);
    tx.set(dealRef(db, actor.tenantId, deal.id), dealAfterStep(deal, input.change, now));
    return true;
  });
  if (recorded) dealsLog.stepRecorded(caller.claims?.tenantId ?? '', input.dealId, input.change.step, caller.uid);
  return { dealId: input.dealId };
}
