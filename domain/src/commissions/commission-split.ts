import { z } from 'zod';
import { basisPoints, centsSchema, percentSchema, share } from '../shared/money';
import { agentGrossCents, agentShareSchema, currentRate } from './commission-plan.schema';

/**
 * What a split takes in: the fees collected (excluding VAT), the agent's plan and yearly turnover
 * before this deal, and the shares other parties are owed. The partner's share is of the fees (the
 * agency the mandate was delegated to); the referral and the ambassador are paid out of the agent's
 * commission (the recommending agent's percentage, the finder's fee the agent promised).
 */
export const commissionSplitInputSchema = z.object({
  feesCents: centsSchema,
  agentShare: agentShareSchema,
  agentTurnoverCents: centsSchema,
  partnerPercent: percentSchema.nullable(),
  referralPercent: percentSchema.nullable(),
  ambassador: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('percent'), percent: percentSchema }),
      z.object({ kind: z.literal('amount'), cents: centsSchema }),
    ])
    .nullable(),
});
export type CommissionSplitInput = z.infer<typeof commissionSplitInputSchema>;

export const commissionSplitSchema = z.object({
  feesCents: centsSchema,
  partnerCents: centsSchema,
  networkCents: centsSchema,
  /** The agent's commission before the referral and the ambassador are paid out of it. */
  agentGrossCents: centsSchema,
  referralCents: centsSchema,
  ambassadorCents: centsSchema,
  /** What the agent invoices: the gross commission less the referral and the ambassador. */
  agentCents: centsSchema,
  /** The agent's rate on the last euro of this deal, for the screens ("80 %, tier from 40 000 €"). */
  agentRatePercent: percentSchema,
});
export type CommissionSplit = z.infer<typeof commissionSplitSchema>;

/**
 * Splits the fees between partner, network and agent, and the agent's part between referral,
 * ambassador and agent. Each share is rounded half up to the cent and the last part of each level
 * takes the difference, so the parts always add up to the fees exactly and none is negative: an
 * ambassador's fixed amount is capped at what is left of the agent's commission.
 */
export function splitCommission(input: CommissionSplitInput): CommissionSplit {
  const partnerCents = input.partnerPercent === null ? 0 : share(input.feesCents, basisPoints(input.partnerPercent));
  const agencyCents = input.feesCents - partnerCents;
  const gross = agentGrossCents(input.agentShare, agencyCents, input.agentTurnoverCents);
  const referralCents = input.referralPercent === null ? 0 : share(gross, basisPoints(input.referralPercent));
  const left = gross - referralCents;
  const promised =
    input.ambassador === null
      ? 0
      : input.ambassador.kind === 'percent'
        ? share(gross, basisPoints(input.ambassador.percent))
        : input.ambassador.cents;
  const ambassadorCents = Math.min(promised, left);
  return {
    feesCents: input.feesCents,
    partnerCents,
    networkCents: agencyCents - gross,
    agentGrossCents: gross,
    referralCents,
    ambassadorCents,
    agentCents: left - ambassadorCents,
    agentRatePercent: currentRate(input.agentShare, input.agentTurnoverCents + Math.max(agencyCents - 1, 0)),
  };
}
