import { z } from 'zod';
import { basisPoints, centsSchema, percentSchema, roundedRatio } from '../shared/money';
import { line } from '../shared/text';

/** How often an agent of a plan is paid: one commission invoice per agent and week, or per month. */
export const PAYOUT_RHYTHMS = ['weekly', 'monthly'] as const;
export const payoutRhythmSchema = z.enum(PAYOUT_RHYTHMS);
export type PayoutRhythm = z.infer<typeof payoutRhythmSchema>;

/**
 * One tier of a plan: from this much of the agent's yearly turnover (fees excluding VAT collected
 * since 1 January, in cents), the agent's share of each further euro.
 */
export const commissionTierSchema = z.object({ fromCents: centsSchema, percent: percentSchema });
export type CommissionTier = z.infer<typeof commissionTierSchema>;

/**
 * The agent's share of the fees left once a partner is paid: flat, or by tiers of the yearly
 * turnover. Tiers are marginal, as tax brackets are: a deal that crosses a threshold is paid at
 * each tier's rate for the part of its fees that falls in it.
 */
export const agentShareSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), percent: percentSchema }),
  z.object({
    kind: z.literal('tiers'),
    tiers: z
      .array(commissionTierSchema)
      .min(2, { message: 'at least two tiers' })
      .max(10, { message: 'at most 10 tiers' })
      .superRefine((tiers, ctx) => {
        if (tiers[0]?.fromCents !== 0) ctx.addIssue({ code: 'custom', message: 'the first tier starts at 0' });
        for (let index = 1; index < tiers.length; index += 1) {
          if (tiers[index]!.fromCents <= tiers[index - 1]!.fromCents) {
            ctx.addIssue({ code: 'custom', message: 'each tier starts above the one before', path: [index] });
          }
        }
      }),
  }),
]);
export type AgentShare = z.infer<typeof agentShareSchema>;

export const commissionPlanInputSchema = z.object({
  name: line(60),
  agentShare: agentShareSchema,
  payout: payoutRhythmSchema,
});
export type CommissionPlanInput = z.input<typeof commissionPlanInputSchema>;
export type ValidCommissionPlanInput = z.output<typeof commissionPlanInputSchema>;

/**
 * The plans a network starts with, after its own terms: "Acteur" and "Expert" are paid every week,
 * "Approche" every month. The rates are the tenant's to change in Settings.
 */
export const DEFAULT_COMMISSION_PLANS: Record<'acteur' | 'expert' | 'approche', ValidCommissionPlanInput> = {
  approche: { name: 'Approche', agentShare: { kind: 'flat', percent: 70 }, payout: 'monthly' },
  acteur: {
    name: 'Acteur',
    agentShare: {
      kind: 'tiers',
      tiers: [
        { fromCents: 0, percent: 70 },
        { fromCents: 4_000_000, percent: 80 },
        { fromCents: 8_000_000, percent: 90 },
      ],
    },
    payout: 'weekly',
  },
  expert: { name: 'Expert', agentShare: { kind: 'flat', percent: 90 }, payout: 'weekly' },
};

/** The rate that applies to the next euro once the agent's yearly turnover is `turnoverCents`. */
export function currentRate(share: AgentShare, turnoverCents: number): number {
  if (share.kind === 'flat') return share.percent;
  let rate = share.tiers[0]!.percent;
  for (const tier of share.tiers) if (turnoverCents >= tier.fromCents) rate = tier.percent;
  return rate;
}

/**
 * The agent's gross commission on `feesCents` when the agent's yearly turnover before this deal is
 * `turnoverCents`: each part of the fees at the rate of the tier it falls in, rounded once, to the
 * cent, half up.
 */
export function agentGrossCents(share: AgentShare, feesCents: number, turnoverCents: number): number {
  const tiers = share.kind === 'flat' ? [{ fromCents: 0, percent: share.percent }] : share.tiers;
  let weighted = 0;
  for (let index = 0; index < tiers.length; index += 1) {
    const start = tiers[index]!.fromCents;
    const end = tiers[index + 1]?.fromCents ?? Number.POSITIVE_INFINITY;
    const from = Math.max(start, turnoverCents);
    const to = Math.min(end, turnoverCents + feesCents);
    if (to > from) weighted += (to - from) * basisPoints(tiers[index]!.percent);
  }
  return roundedRatio(weighted, 1, 10_000);
}
