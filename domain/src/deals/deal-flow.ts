import {
  commissionPlanInputSchema,
  DEFAULT_COMMISSION_PLANS,
  type ValidCommissionPlanInput,
} from '../commissions/commission-plan.schema';
import { splitCommission, type CommissionSplit } from '../commissions/commission-split';
import { isCollaborator, isTeamManager, type Role } from '../team/roles';
import type { Deal, DealStep } from './deal.schema';

/** Why a step cannot be recorded on a deal as it is; null when it can. */
export type DealStepRefusal =
  'deal-cancelled' | 'deed-signed' | 'fees-collected' | 'dates-out-of-order' | 'date-in-future' | 'not-for-rental';

type DealDates = Pick<
  Deal,
  'dealType' | 'stage' | 'acceptedAt' | 'preliminary' | 'deedAt' | 'deedSigned' | 'collectedAt'
>;

/** A day that has not come yet where `now` is (a day ahead of UTC at most, as in New Caledonia). */
export const isFutureDay = (day: Date, now: Date) => day.getTime() > startOfDay(now).getTime() + DAY;

const DAY = 86_400_000;

/**
 * The order of a deal: acceptance, preliminary contract (a sale's; a letting goes to the lease), deed.
 * What is signed is signed by today; a planned deed may be any day after the steps before it. A
 * cancelled deal takes nothing more; a signed deed closes the steps; a deal whose fees were collected
 * is not cancelled (a credit note corrects its invoice instead).
 */
export function dealStepRefusal(deal: DealDates, change: DealStep, now: Date): DealStepRefusal | null {
  if (deal.stage === 'cancelled') return 'deal-cancelled';
  if (deal.deedSigned) return 'deed-signed';
  if (change.step === 'cancel') return deal.collectedAt ? 'fees-collected' : null;
  if (change.step === 'preliminary') {
    if (deal.dealType === 'rental') return 'not-for-rental';
    if (isFutureDay(change.preliminary.signedAt, now)) return 'date-in-future';
    const signedAt = change.preliminary.signedAt;
    if (signedAt < startOfDay(deal.acceptedAt)) return 'dates-out-of-order';
    return deal.deedAt && signedAt > deal.deedAt ? 'dates-out-of-order' : null;
  }
  if (change.step === 'deed-signed' && isFutureDay(change.deedAt, now)) return 'date-in-future';
  const after = deal.preliminary?.signedAt ?? startOfDay(deal.acceptedAt);
  return change.deedAt < after ? 'dates-out-of-order' : null;
}

/** What a step changes on the deal (the caller checked `dealStepRefusal` first). */
export function dealAfterStep(deal: Deal, change: DealStep, now: Date): Deal {
  switch (change.step) {
    case 'preliminary':
      return {
        ...deal,
        stage: 'preliminary',
        preliminary: {
          signedAt: change.preliminary.signedAt,
          depositCents: change.preliminary.deposit,
          conditions: change.preliminary.conditions,
        },
        updatedAt: now,
      };
    case 'deed-planned':
      return { ...deal, deedAt: change.deedAt, updatedAt: now };
    case 'deed-signed':
      return { ...deal, stage: 'deed', deedAt: change.deedAt, deedSigned: true, updatedAt: now };
    case 'cancel':
      return { ...deal, stage: 'cancelled', updatedAt: now };
  }
}

/** Whether the deal already is as the step would leave it: a retried step writes nothing. */
export function isDealStepDone(deal: Deal, change: DealStep): boolean {
  switch (change.step) {
    case 'preliminary':
      return (
        deal.preliminary?.signedAt.getTime() === change.preliminary.signedAt.getTime() &&
        deal.preliminary.depositCents === change.preliminary.deposit &&
        deal.preliminary.conditions === change.preliminary.conditions
      );
    case 'deed-planned':
      return deal.deedAt?.getTime() === change.deedAt.getTime();
    case 'deed-signed':
      return deal.deedSigned && deal.deedAt?.getTime() === change.deedAt.getTime();
    case 'cancel':
      return deal.stage === 'cancelled';
  }
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Why the fees of a deal cannot be recorded as collected on `collectedAt`; null when they can. Fees
 * may come in before the deed (an agency invoicing at the preliminary contract), never before the
 * acceptance nor after today.
 */
export function collectFeesRefusal(
  deal: Pick<Deal, 'stage' | 'acceptedAt' | 'collectedAt'>,
  collectedAt: Date,
  now: Date,
): 'deal-cancelled' | 'fees-already-collected' | 'dates-out-of-order' | 'date-in-future' | null {
  if (deal.stage === 'cancelled') return 'deal-cancelled';
  if (deal.collectedAt) return deal.collectedAt.getTime() === collectedAt.getTime() ? null : 'fees-already-collected';
  if (isFutureDay(collectedAt, now)) return 'date-in-future';
  return collectedAt < startOfDay(deal.acceptedAt) ? 'dates-out-of-order' : null;
}

/**
 * The plan an agent is paid by: the one the agency gave them, else the agency's default, else
 * "Acteur", else the agency's first plan. `plans` null: the agency kept the plans it started with.
 */
export function planOfAgent(
  plans: Record<string, ValidCommissionPlanInput> | null,
  defaultPlanId: string | null,
  agentPlanId: string | null,
): { planId: string; plan: ValidCommissionPlanInput } {
  const known: Record<string, ValidCommissionPlanInput> = plans ?? DEFAULT_COMMISSION_PLANS;
  for (const id of [agentPlanId, defaultPlanId, 'acteur']) {
    const plan = id ? known[id] : undefined;
    if (id && plan) return { planId: id, plan: commissionPlanInputSchema.parse(plan) };
  }
  const [firstId, first] = Object.entries(known)[0] ?? ['acteur', DEFAULT_COMMISSION_PLANS.acteur];
  return { planId: firstId, plan: commissionPlanInputSchema.parse(first) };
}

/** The split of a deal's fees (excluding VAT) on collection, by the agent's plan and yearly turnover. */
export function dealSplit(
  deal: Pick<Deal, 'fees' | 'shares'>,
  plan: ValidCommissionPlanInput,
  agentTurnoverCents: number,
): CommissionSplit {
  const ambassador = deal.shares.ambassador?.reward ?? null;
  return splitCommission({
    feesCents: deal.fees.netCents,
    agentShare: plan.agentShare,
    agentTurnoverCents,
    partnerPercent: deal.shares.partner?.percent ?? null,
    referralPercent: deal.shares.referral?.percent ?? null,
    ambassador,
  });
}

/**
 * Who reads and works a deal: owner and admin all of them, an agent their own, a manager their own
 * and their team's. Money is the agency's (commissions are private): no "shared" mode here.
 */
export function canSeeDeal(
  viewer: { uid: string; role: Role | null },
  deal: Pick<Deal, 'agentUid' | 'managerUid'>,
): boolean {
  if (isTeamManager(viewer.role)) return true;
  if (!isCollaborator(viewer.role)) return false;
  return deal.agentUid === viewer.uid || (viewer.role === 'manager' && deal.managerUid === viewer.uid);
}

/**
 * Where the agent's commission on a deal stands: `in-progress` until the fees are collected, then
 * `due` until the morning run puts it on a commission invoice, then `invoiced`; none when the deal was
 * cancelled or leaves nothing to the agent.
 */
export function commissionStage(
  deal: Pick<Deal, 'stage' | 'collectedAt' | 'split' | 'commissionInvoiceId'>,
): 'in-progress' | 'due' | 'invoiced' | null {
  if (deal.commissionInvoiceId !== null) return 'invoiced';
  if (deal.stage === 'cancelled') return null;
  if (deal.collectedAt === null) return 'in-progress';
  return (deal.split?.agentCents ?? 0) > 0 ? 'due' : null;
}
