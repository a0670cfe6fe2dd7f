import { DISCOUNT_KINDS, promotionInputSchema, type Discount, type Promotion, type UnitKind } from '@estate/domain';
import { z } from 'zod';

/** Dates as the date fields hold them (`2026-03-01`), local days. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'promotions.validation.date' });

/** What the promotion form holds; messages are text keys. */
export const promotionFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'promotions.validation.required' })
      .max(120, { message: 'promotions.validation.nameLength' }),
    description: z.string().trim().max(1000, { message: 'promotions.validation.descriptionLength' }),
    validFrom: day,
    validUntil: day,
    discountKind: z.enum(DISCOUNT_KINDS),
    discountValue: z
      .number({ message: 'promotions.validation.number' })
      .positive({ message: 'promotions.validation.positive' }),
    projectIds: z.array(z.string()),
    buildingIds: z.array(z.string()),
    kinds: z.array(z.string()),
    rooms: z.array(z.string()),
    unitIds: z.array(z.string()),
    combinesWith: z.array(z.string()),
    planIds: z.array(z.string()),
  })
  .refine((form) => form.validUntil >= form.validFrom, {
    message: 'promotions.validation.endBeforeStart',
    path: ['validUntil'],
  })
  .refine((form) => form.discountKind !== 'percent' || form.discountValue <= 100, {
    message: 'promotions.validation.percentMax',
    path: ['discountValue'],
  })
  .refine(
    (form) =>
      form.discountKind === 'percent'
        ? Math.round(form.discountValue * 100) === form.discountValue * 100
        : Number.isInteger(form.discountValue),
    { message: 'promotions.validation.precision', path: ['discountValue'] },
  );
export type PromotionForm = z.infer<typeof promotionFormSchema>;

const pad = (n: number) => String(n).padStart(2, '0');
export const toDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
function startOfDay(value: string): Date {
  const [year, month, date] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}
function endOfDay(value: string): Date {
  const start = startOfDay(value);
  return new Date(start.getFullYear(), start.getMonth(), start.getDate(), 23, 59, 59, 999);
}

function discountOf(form: PromotionForm): Discount {
  switch (form.discountKind) {
    case 'percent':
      return { kind: 'percent', percent: form.discountValue };
    case 'amount':
      return { kind: 'amount', amount: form.discountValue };
    case 'pricePerSquareMetre':
      return { kind: 'pricePerSquareMetre', pricePerSquareMetre: form.discountValue };
  }
}

function discountValueOf(discount: Discount): number {
  switch (discount.kind) {
    case 'percent':
      return discount.percent;
    case 'amount':
      return discount.amount;
    case 'pricePerSquareMetre':
      return discount.pricePerSquareMetre;
  }
}

/** The stored promotion's fields, checked by the domain's schema (the rules check the same). */
export function promotionFromForm(form: PromotionForm) {
  return promotionInputSchema.parse({
    name: form.name,
    description: form.description,
    validFrom: startOfDay(form.validFrom),
    validUntil: endOfDay(form.validUntil),
    scope: {
      projectIds: form.projectIds,
      buildingIds: form.buildingIds,
      kinds: form.kinds as UnitKind[],
      rooms: form.rooms.map(Number),
      unitIds: form.unitIds,
    },
    discount: discountOf(form),
    combinesWith: form.combinesWith,
    planIds: form.planIds,
  });
}

export function formFromPromotion(promotion: Promotion | null, today: Date): PromotionForm {
  if (!promotion) {
    const inAMonth = new Date(today.getFullYear(), today.getMonth() + 1, today.getDate());
    return {
      name: '',
      description: '',
      validFrom: toDay(today),
      validUntil: toDay(inAMonth),
      discountKind: 'percent',
      discountValue: 5,
      projectIds: [],
      buildingIds: [],
      kinds: [],
      rooms: [],
      unitIds: [],
      combinesWith: [],
      planIds: [],
    };
  }
  return {
    name: promotion.name,
    description: promotion.description,
    validFrom: toDay(promotion.validFrom),
    validUntil: toDay(promotion.validUntil),
    discountKind: promotion.discount.kind,
    discountValue: discountValueOf(promotion.discount),
    projectIds: promotion.scope.projectIds,
    buildingIds: promotion.scope.buildingIds,
    kinds: promotion.scope.kinds,
    rooms: promotion.scope.rooms.map(String),
    unitIds: promotion.scope.unitIds,
    combinesWith: promotion.combinesWith,
    planIds: promotion.planIds,
  };
}

/** The instalment plan form; messages are text keys. */
export const planFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'promotions.validation.required' })
    .max(80, { message: 'promotions.validation.planNameLength' }),
  downPaymentPercent: z
    .number({ message: 'promotions.validation.number' })
    .min(0, { message: 'promotions.validation.percentRange' })
    .max(100, { message: 'promotions.validation.percentRange' }),
  months: z
    .number({ message: 'promotions.validation.number' })
    .int({ message: 'promotions.validation.months' })
    .min(1, { message: 'promotions.validation.months' })
    .max(360, { message: 'promotions.validation.months' }),
  markupPercent: z
    .number({ message: 'promotions.validation.number' })
    .min(0, { message: 'promotions.validation.percentRange' })
    .max(100, { message: 'promotions.validation.percentRange' }),
});
export type PlanForm = z.infer<typeof planFormSchema>;
