import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '../projects/unit.schema';
import type { InstalmentPlan } from './instalment-plan.schema';
import { priceUnit, promotionsCombine, type PricedUnit } from './price-unit';
import { ANY_UNIT, type Discount, type Promotion } from './promotion.schema';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;

const unit: PricedUnit = {
  id: 'u1',
  projectId: 'p1',
  buildingId: 'b1',
  kind: 'apartment',
  rooms: 2,
  area: 54.3,
  price: 8_450_000,
};

function promotion(id: string, discount: Discount, changes: Partial<Promotion> = {}): Promotion {
  return {
    id,
    name: `Promotion ${id}`,
    description: '',
    validFrom: new Date(NOW.getTime() - 10 * DAY),
    validUntil: new Date(NOW.getTime() + 10 * DAY),
    scope: ANY_UNIT,
    discount,
    combinesWith: [],
    planIds: [],
    endedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...changes,
  };
}

const plan: InstalmentPlan = {
  id: 'plan12',
  name: '12 months',
  downPaymentPercent: 30,
  months: 12,
  markupPercent: 5,
  createdAt: NOW,
  updatedAt: NOW,
};

const sum = (lines: readonly { amount: number }[]) => lines.reduce((total, line) => total + line.amount, 0);

describe('priceUnit, by example', () => {
  it('is the base price with no promotion', () => {
    const price = priceUnit(unit, [], null, NOW);
    expect(price.final).toBe(8_450_000);
    expect(price.lines).toEqual([{ kind: 'base', amount: 8_450_000 }]);
    expect(price.payment).toBeNull();
  });

  it('stacks two promotions that combine, each worked out on the base price', () => {
    const a = promotion('a', { kind: 'percent', percent: 5 }, { combinesWith: ['b'] });
    const b = promotion('b', { kind: 'amount', amount: 100_000 });
    const price = priceUnit(unit, [a, b], null, NOW);
    expect(price.final).toBe(8_450_000 - 422_500 - 100_000);
    expect(price.lines.map((line) => [line.kind, line.amount])).toEqual([
      ['base', 8_450_000],
      ['discount', -422_500],
      ['discount', -100_000],
    ]);
  });

  it('keeps the larger of two promotions that do not combine and says why the other is refused', () => {
    const small = promotion('small', { kind: 'amount', amount: 100_000 });
    const fixed = promotion('fixed', { kind: 'pricePerSquareMetre', pricePerSquareMetre: 140_000 });
    const price = priceUnit(unit, [small, fixed], null, NOW);
    // 140 000 × 54.3 = 7 602 000.
    expect(price.final).toBe(7_602_000);
    expect(price.lines).toContainEqual({
      kind: 'refused',
      promotionId: 'small',
      name: 'Promotion small',
      reason: 'not-combinable',
      conflictsWith: { promotionId: 'fixed', name: 'Promotion fixed' },
      amount: 0,
    });
  });

  it('refuses a promotion not allowed with the chosen plan, adds the markup and schedules the payments', () => {
    const full = promotion('full', { kind: 'percent', percent: 10 });
    const withPlan = promotion('plan-ok', { kind: 'amount', amount: 50_000 }, { planIds: ['plan12'] });
    const price = priceUnit(unit, [full, withPlan], plan, NOW);
    expect(price.discounted).toBe(8_400_000);
    expect(price.lines.find((line) => line.kind === 'refused')).toMatchObject({
      promotionId: 'full',
      reason: 'not-with-plan',
    });
    expect(price.lines.at(-1)).toEqual({
      kind: 'markup',
      planId: 'plan12',
      name: '12 months',
      percent: 5,
      amount: 420_000,
    });
    expect(price.final).toBe(8_820_000);
    expect(price.payment).toEqual({ planId: 'plan12', downPayment: 2_646_000, months: 12, monthly: 514_500 });
  });

  it('refuses what has not started, has ended or saves nothing, and ignores promotions for other units', () => {
    const later = promotion('later', { kind: 'amount', amount: 1 }, { validFrom: new Date(NOW.getTime() + DAY) });
    const ended = promotion('ended', { kind: 'amount', amount: 1 }, { endedAt: new Date(NOW.getTime() - DAY) });
    const dearer = promotion('dearer', { kind: 'pricePerSquareMetre', pricePerSquareMetre: 200_000 });
    const elsewhere = promotion('elsewhere', { kind: 'amount', amount: 1 }, { scope: { ...ANY_UNIT, rooms: [3] } });
    const price = priceUnit(unit, [later, ended, dearer, elsewhere], null, NOW);
    expect(price.final).toBe(unit.price);
    expect(price.lines.flatMap((line) => (line.kind === 'refused' ? [[line.promotionId, line.reason]] : []))).toEqual([
      ['dearer', 'no-saving'],
      ['ended', 'not-running'],
      ['later', 'not-running'],
    ]);
  });

  it('never goes below zero: the last discount is capped', () => {
    const a = promotion('a', { kind: 'amount', amount: 8_000_000 }, { combinesWith: ['b'] });
    const b = promotion('b', { kind: 'amount', amount: 1_000_000 });
    const price = priceUnit(unit, [a, b], null, NOW);
    expect(price.final).toBe(0);
    expect(price.lines[2]).toMatchObject({ kind: 'discount', promotionId: 'b', amount: -450_000, capped: true });
  });
});

// --- properties -----------------------------------------------------------------------------------

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const discountArb: fc.Arbitrary<Discount> = fc.oneof(
  fc.record({
    kind: fc.constant('percent' as const),
    percent: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100),
  }),
  fc.record({ kind: fc.constant('amount' as const), amount: fc.integer({ min: 1, max: 20_000_000 }) }),
  fc.record({
    kind: fc.constant('pricePerSquareMetre' as const),
    pricePerSquareMetre: fc.integer({ min: 1, max: 400_000 }),
  }),
);
const unitArb: fc.Arbitrary<PricedUnit> = fc.record({
  id: fc.constantFrom('u1', 'u2'),
  projectId: fc.constantFrom('p1', 'p2'),
  buildingId: fc.constantFrom('b1', 'b2'),
  kind: fc.constantFrom(...UNIT_KINDS),
  rooms: fc.integer({ min: 0, max: 4 }),
  area: fc.integer({ min: 1_000, max: 30_000 }).map((n) => n / 100),
  price: fc.integer({ min: 0, max: 50_000_000 }),
});
const promotionsArb: fc.Arbitrary<Promotion[]> = fc.subarray(ids, { minLength: 0 }).chain((chosen) =>
  fc.tuple(
    ...chosen.map((id) =>
      fc
        .record({
          discount: discountArb,
          combinesWith: fc.subarray(ids.filter((other) => other !== id)),
          planIds: fc.subarray(['plan12', 'plan24']),
          startOffset: fc.integer({ min: -5, max: 2 }),
          rooms: fc.subarray([0, 1, 2, 3, 4], { maxLength: 2 }),
          projectIds: fc.subarray(['p1', 'p2'], { maxLength: 1 }),
        })
        .map(({ discount, combinesWith, planIds, startOffset, rooms, projectIds }) =>
          promotion(id, discount, {
            combinesWith,
            planIds,
            validFrom: new Date(NOW.getTime() + startOffset * DAY),
            scope: { ...ANY_UNIT, rooms, projectIds },
          }),
        ),
    ),
  ),
);
const planArb: fc.Arbitrary<InstalmentPlan | null> = fc.option(
  fc
    .record({
      id: fc.constantFrom('plan12', 'plan24'),
      markup: fc.integer({ min: 0, max: 3_000 }).map((n) => n / 100),
    })
    .map(({ id, markup }) => ({ ...plan, id, markupPercent: markup })),
);

describe('priceUnit, properties', () => {
  it('does not depend on the order the promotions come in', () => {
    fc.assert(
      fc.property(unitArb, promotionsArb, planArb, fc.nat(), (priced, promotions, chosen, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(promotions, { minLength: promotions.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        expect(priceUnit(priced, shuffled, chosen, NOW)).toEqual(priceUnit(priced, promotions, chosen, NOW));
      }),
    );
  });

  it('never applies both promotions of a pair that does not combine', () => {
    fc.assert(
      fc.property(unitArb, promotionsArb, planArb, (priced, promotions, chosen) => {
        const applied = priceUnit(priced, promotions, chosen, NOW)
          .lines.flatMap((line) => (line.kind === 'discount' ? [line.promotionId] : []))
          .map((id) => promotions.find((candidate) => candidate.id === id)!);
        for (const a of applied) for (const b of applied) if (a !== b) expect(promotionsCombine(a, b)).toBe(true);
      }),
    );
  });

  it('never applies a promotion with a plan it does not allow', () => {
    fc.assert(
      fc.property(unitArb, promotionsArb, planArb, (priced, promotions, chosen) => {
        for (const line of priceUnit(priced, promotions, chosen, NOW).lines)
          if (line.kind === 'discount' && chosen)
            expect(promotions.find((candidate) => candidate.id === line.promotionId)!.planIds).toContain(chosen.id);
      }),
    );
  });

  it('ends at or below the base price without markup, never below zero, in whole units', () => {
    fc.assert(
      fc.property(unitArb, promotionsArb, planArb, (priced, promotions, chosen) => {
        const price = priceUnit(priced, promotions, chosen, NOW);
        expect(price.final).toBeGreaterThanOrEqual(0);
        expect(price.discounted).toBeLessThanOrEqual(priced.price);
        if (!chosen || chosen.markupPercent === 0) expect(price.final).toBeLessThanOrEqual(priced.price);
        for (const line of price.lines) expect(Number.isInteger(line.amount)).toBe(true);
      }),
    );
  });

  it('has lines that add up to the final price', () => {
    fc.assert(
      fc.property(unitArb, promotionsArb, planArb, (priced, promotions, chosen) => {
        const price = priceUnit(priced, promotions, chosen, NOW);
        expect(sum(price.lines)).toBe(price.final);
        expect(price.lines[0]).toEqual({ kind: 'base', amount: priced.price });
      }),
    );
  });
});
