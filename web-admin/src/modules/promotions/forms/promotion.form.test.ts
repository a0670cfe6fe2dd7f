import { describe, expect, it } from 'vitest';
import { formFromPromotion, promotionFormSchema, promotionFromForm } from './promotion.form';

const today = new Date(2026, 2, 10);

describe('promotion form', () => {
  it('turns the chosen days into the first and last moment of the promotion', () => {
    const form = { ...formFromPromotion(null, today), name: 'Весна', rooms: ['0', '2'], kinds: ['apartment'] };
    const promotion = promotionFromForm(promotionFormSchema.parse(form));
    expect(promotion.validFrom).toEqual(new Date(2026, 2, 10));
    expect(promotion.validUntil).toEqual(new Date(2026, 3, 10, 23, 59, 59, 999));
    expect(promotion.scope.rooms).toEqual([0, 2]);
    expect(promotion.discount).toEqual({ kind: 'percent', percent: 5 });
  });

  it('says what is wrong with the dates and the discount', () => {
    const base = { ...formFromPromotion(null, today), name: 'Весна' };
    const issues = (changes: object) =>
      promotionFormSchema.safeParse({ ...base, ...changes }).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ validUntil: '2026-03-09' })).toEqual(['promotions.validation.endBeforeStart']);
    expect(issues({ discountValue: 120 })).toEqual(['promotions.validation.percentMax']);
    expect(issues({ discountKind: 'amount', discountValue: 10.5 })).toEqual(['promotions.validation.precision']);
    expect(issues({ name: ' ' })).toEqual(['promotions.validation.required']);
  });
});
