import {
  commissionPlansOf,
  type CommissionSettings,
  type PayoutRhythm,
  type SaveCommissionPlansInput,
} from '@estate/domain';

/** A plan as Settings edits it: amounts in whole units of the currency, tiers as rows. */
export interface PlanDraft {
  /** Kept for a stored plan; a new one gets its id from its name when saved. */
  id: string | null;
  /** The row's key in the list (stable while the name changes). */
  key: string;
  name: string;
  payout: PayoutRhythm;
  kind: 'flat' | 'tiers';
  percent: number;
  tiers: { from: number; percent: number }[];
}

export interface PlansDraft {
  plans: PlanDraft[];
  /** The key of the default plan. */
  defaultKey: string;
}

export function plansDraftOf(settings: CommissionSettings | null): PlansDraft {
  const { plans, defaultPlanId } = commissionPlansOf(settings);
  return {
    plans: plans.map((plan) => ({
      id: plan.id,
      key: plan.id,
      name: plan.name,
      payout: plan.payout,
      kind: plan.agentShare.kind,
      percent: plan.agentShare.kind === 'flat' ? plan.agentShare.percent : (plan.agentShare.tiers[0]?.percent ?? 70),
      tiers:
        plan.agentShare.kind === 'tiers'
          ? plan.agentShare.tiers.map((tier) => ({ from: tier.fromCents / 100, percent: tier.percent }))
          : [
              { from: 0, percent: plan.agentShare.percent },
              { from: 40_000, percent: Math.min(100, plan.agentShare.percent + 10) },
            ],
    })),
    defaultKey: defaultPlanId,
  };
}

/** `Maison 2027` → `maison-2027`: a new plan's id, made unique among `taken`. */
export function planIdFrom(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'plan';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

/** The callable's input (saveCommissionPlansInputSchema checks it again). */
export function toSavePlansInput(draft: PlansDraft): SaveCommissionPlansInput {
  const taken = new Set(draft.plans.flatMap((plan) => (plan.id ? [plan.id] : [])));
  const ids = new Map<string, string>();
  for (const plan of draft.plans) {
    const id = plan.id ?? planIdFrom(plan.name, taken);
    taken.add(id);
    ids.set(plan.key, id);
  }
  return {
    plans: draft.plans.map((plan) => ({
      id: ids.get(plan.key) ?? '',
      name: plan.name.trim(),
      payout: plan.payout,
      agentShare:
        plan.kind === 'flat'
          ? { kind: 'flat', percent: plan.percent }
          : {
              kind: 'tiers',
              tiers: plan.tiers.map((tier) => ({ fromCents: Math.round(tier.from * 100), percent: tier.percent })),
            },
    })),
    defaultPlanId: ids.get(draft.defaultKey) ?? '',
  };
}
