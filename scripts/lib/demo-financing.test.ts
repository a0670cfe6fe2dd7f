import { saveApplicationInputSchema, setBankStatusInputSchema, type Unit } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { demoFinancing } from './demo-financing';

const unit = (id: string, price: number, holder: string | null = null) =>
  ({
    id,
    price,
    hold: holder
      ? { reservationId: 'r1', contactId: holder, contactName: 'Holder', kind: 'mortgage', until: new Date() }
      : null,
  }) as Unit;

describe('demo financing', () => {
  const plan = demoFinancing({
    contactIds: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
    units: [
      unit('u1', 285_000, 'holder'),
      unit('u2', 312_000),
      unit('u3', 248_000),
      unit('u4', 356_000),
      unit('u5', 268_000),
    ],
  });

  it('makes a dozen valid applications, the first by the mortgage reservation holder', () => {
    expect(plan.applications).toHaveLength(12);
    for (const { input } of plan.applications) expect(saveApplicationInputSchema.safeParse(input).success).toBe(true);
    expect(plan.applications[0]?.input).toMatchObject({ contactId: 'holder', unitId: 'u1', amountRequested: 250_000 });
    expect(new Set(plan.applications.map(({ input }) => input.kind))).toEqual(new Set(['mortgage', 'consumerCredit']));
  });

  it('takes banks through every status, with valid steps', () => {
    for (const step of plan.steps) expect(setBankStatusInputSchema.safeParse(step).success).toBe(true);
    expect(new Set(plan.steps.map((step) => step.to))).toEqual(
      new Set(['sent', 'underReview', 'approved', 'declined']),
    );
    const banks = new Set(plan.applications.flatMap(({ input }) => input.banks.map((line) => line.bank)));
    expect([...banks]).toEqual(expect.arrayContaining(['Crédit Agricole', 'BNP Paribas', 'Société Générale']));
    expect(plan.steps.some((step) => step.to === 'approved' && step.conditions.length > 0)).toBe(true);
    expect(plan.consultations.length).toBeGreaterThan(0);
  });
});
