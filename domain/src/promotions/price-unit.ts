import type { Unit } from '../projects/unit.schema';
import type { InstalmentPlan } from './instalment-plan.schema';
import { isPromotionRunning, type Discount, type Promotion, type PromotionScope } from './promotion.schema';

/** What pricing reads of a unit. */
export type PricedUnit = Pick<Unit, 'id' | 'projectId' | 'buildingId' | 'kind' | 'rooms' | 'area' | 'price'>;

/** Why a promotion aimed at the unit did not lower its price. */
export type PriceRefusal = 'not-running' | 'not-with-plan' | 'no-saving' | 'not-combinable';

export type PriceLine =
  | { kind: 'base'; amount: number }
  /** `amount` ≤ 0; `capped` when the price reached zero before the whole discount was taken. */
  | { kind: 'discount'; promotionId: string; name: string; amount: number; capped: boolean }
  /** Always 0: listed so the card says why. `conflictsWith` names the promotion kept instead. */
  | {
      kind: 'refused';
      promotionId: string;
      name: string;
      reason: PriceRefusal;
      conflictsWith: { promotionId: string; name: string } | null;
      amount: 0;
    }
  | { kind: 'markup'; planId: string; name: string; percent: number; amount: number };

export interface UnitPrice {
  base: number;
  /** After discounts, before the plan's markup. */
  discounted: number;
  /** What the client pays: the sum of the lines' amounts. */
  final: number;
  lines: PriceLine[];
  /** The instalment schedule when a plan was chosen (monthly rounded to the currency unit). */
  payment: { planId: string; downPayment: number; months: number; monthly: number } | null;
}

export function appliesToUnit(scope: PromotionScope, unit: PricedUnit): boolean {
  const holds = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  return (
    holds(scope.projectIds, unit.projectId) &&
    holds(scope.buildingIds, unit.buildingId) &&
    holds(scope.kinds, unit.kind) &&
    holds(scope.rooms, unit.rooms) &&
    holds(scope.unitIds, unit.id)
  );
}

/** What a discount would take off the base price on its own (may be ≤ 0: a fixed price above today's). */
export function savingOf(discount: Discount, unit: PricedUnit): number {
  switch (discount.kind) {
    case 'percent':
      return Math.round((unit.price * discount.percent) / 100);
    case 'amount':
      return discount.amount;
    case 'pricePerSquareMetre':
      return unit.price - Math.round(discount.pricePerSquareMetre * unit.area);
  }
}

/** A pair stacks when either promotion names the other. */
export function promotionsCombine(
  a: Pick<Promotion, 'id' | 'combinesWith'>,
  b: Pick<Promotion, 'id' | 'combinesWith'>,
): boolean {
  return a.combinesWith.includes(b.id) || b.combinesWith.includes(a.id);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The unit's price at `date` with these promotions (ids unique) and this plan (null: paid in full or by
 * mortgage). Each discount is worked out on the base price, so none depends on another's rounding. Of
 * the promotions that could apply, the largest saving is kept first (ties by id) and each next one only
 * if it stacks with every one kept: the result does not depend on the order the promotions come in.
 * Discounts never take the price below zero; the plan's markup is added to the discounted price.
 */
export function priceUnit(
  unit: PricedUnit,
  promotions: readonly Promotion[],
  plan: InstalmentPlan | null,
  date: Date,
): UnitPrice {
  const base = unit.price;
  const refused: Array<Extract<PriceLine, { kind: 'refused' }>> = [];
  const refuse = (promotion: Promotion, reason: PriceRefusal, conflictsWith: Promotion | null = null) =>
    refused.push({
      kind: 'refused',
      promotionId: promotion.id,
      name: promotion.name,
      reason,
      conflictsWith: conflictsWith ? { promotionId: conflictsWith.id, name: conflictsWith.name } : null,
      amount: 0,
    });

  const eligible: Array<{ promotion: Promotion; saving: number }> = [];
  for (const promotion of [...promotions].sort(byId)) {
    if (!appliesToUnit(promotion.scope, unit)) continue;
    const saving = savingOf(promotion.discount, unit);
    if (!isPromotionRunning(promotion, date)) refuse(promotion, 'not-running');
    else if (plan && !promotion.planIds.includes(plan.id)) refuse(promotion, 'not-with-plan');
    else if (saving <= 0) refuse(promotion, 'no-saving');
    else eligible.push({ promotion, saving });
  }
  eligible.sort((a, b) => b.saving - a.saving || byId(a.promotion, b.promotion));

  const kept: Array<{ promotion: Promotion; saving: number }> = [];
  for (const candidate of eligible) {
    const conflict = kept.find(({ promotion }) => !promotionsCombine(promotion, candidate.promotion));
    if (conflict) refuse(candidate.promotion, 'not-combinable', conflict.promotion);
    else kept.push(candidate);
  }

  let discounted = base;
  const discounts: PriceLine[] = kept.map(({ promotion, saving }) => {
    const taken = Math.min(saving, discounted);
    discounted -= taken;
    return {
      kind: 'discount',
      promotionId: promotion.id,
      name: promotion.name,
      amount: -taken,
      capped: taken < saving,
    };
  });

  const markup = plan ? Math.round((discounted * plan.markupPercent) / 100) : 0;
  const final = discounted + markup;
  const lines: PriceLine[] = [{ kind: 'base', amount: base }, ...discounts, ...refused.sort(byPromotionId)];
  if (plan)
    lines.push({ kind: 'markup', planId: plan.id, name: plan.name, percent: plan.markupPercent, amount: markup });

  const downPayment = plan ? Math.round((final * plan.downPaymentPercent) / 100) : 0;
  return {
    base,
    discounted,
    final,
    lines,
    payment: plan
      ? { planId: plan.id, downPayment, months: plan.months, monthly: Math.round((final - downPayment) / plan.months) }
      : null,
  };
}

function byPromotionId(a: { promotionId: string }, b: { promotionId: string }): number {
  return a.promotionId < b.promotionId ? -1 : a.promotionId > b.promotionId ? 1 : 0;
}
