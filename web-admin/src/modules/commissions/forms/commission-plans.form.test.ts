import { DEFAULT_COMMISSION_PLANS, saveCommissionPlansInputSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { planIdFrom, plansDraftOf, toSavePlansInput } from './commission-plans.form';

describe('the commission plans form', () => {
  it('starts from the plans a network starts with, and saves them back unchanged', () => {
    const draft = plansDraftOf(null);
    expect(draft.defaultKey).toBe('acteur');
    const input = toSavePlansInput(draft);
    expect(saveCommissionPlansInputSchema.parse(input)).toEqual(input);
    expect(Object.fromEntries(input.plans.map(({ id, ...plan }) => [id, plan]))).toEqual(DEFAULT_COMMISSION_PLANS);
  });

  it('gives a new plan an id from its name, unique, and keeps it the default when chosen', () => {
    const draft = plansDraftOf(null);
    draft.plans.push({ ...draft.plans[0]!, id: null, key: 'new-1', name: 'Acteur' });
    draft.plans.push({ ...draft.plans[0]!, id: null, key: 'new-2', name: 'Équipe Nord 2027' });
    draft.defaultKey = 'new-2';
    const input = toSavePlansInput(draft);
    expect(input.plans.map((plan) => plan.id)).toEqual([
      'approche',
      'acteur',
      'expert',
      'acteur-2',
      'equipe-nord-2027',
    ]);
    expect(input.defaultPlanId).toBe('equipe-nord-2027');
    expect(saveCommissionPlansInputSchema.safeParse(input).success).toBe(true);
  });

  it('makes an id of any name', () => {
    expect(planIdFrom('   ', new Set())).toBe('plan');
    expect(planIdFrom('Формула', new Set())).toBe('plan');
    expect(planIdFrom('Expert', new Set(['expert', 'expert-2']))).toBe('expert-3');
  });
});
