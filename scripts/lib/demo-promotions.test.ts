import { instalmentPlanSchema, promotionSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { demoInstalmentPlans, demoPromotions } from './demo-promotions';

describe('demo promotions', () => {
  const now = new Date('2026-03-10T09:00:00Z');

  it('are promotions and plans the app reads, naming only plans and promotions that exist', () => {
    const plans = demoInstalmentPlans(now);
    const promotions = demoPromotions(now);
    for (const plan of plans) expect(instalmentPlanSchema.parse(plan)).toEqual(plan);
    for (const promotion of promotions) expect(promotionSchema.parse(promotion)).toEqual(promotion);
    const planIds = new Set(plans.map((plan) => plan.id));
    const promotionIds = new Set(promotions.map((promotion) => promotion.id));
    for (const promotion of promotions) {
      for (const id of promotion.planIds) expect(planIds).toContain(id);
      for (const id of promotion.combinesWith) expect(promotionIds).toContain(id);
    }
  });
});
