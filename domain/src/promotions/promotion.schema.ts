import { z } from 'zod';
import { unitKindSchema } from '../projects/unit.schema';
import { docIdSchema, line, optionalLine } from '../shared/text';

export const PROMOTION_MAX_UNITS = 200;
export const PROMOTION_MAX_LINKS = 50;

/**
 * What a promotion takes off: a share of the price, an amount, or a fixed price per m² (the unit then
 * costs `pricePerSquareMetre × area` when that is below its price).
 */
export const DISCOUNT_KINDS = ['percent', 'amount', 'pricePerSquareMetre'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

const wholeAmount = z
  .number({ message: 'a whole amount' })
  .int({ message: 'a whole amount' })
  .min(1, { message: 'at least 1' })
  .max(100_000_000_000, { message: 'too large' });

export const discountSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('percent'),
    percent: z
      .number({ message: 'a number' })
      .gt(0, { message: 'more than 0' })
      .max(100, { message: 'at most 100' })
      .refine((value) => Math.round(value * 100) === value * 100, { message: 'at most two decimals' }),
  }),
  z.object({ kind: z.literal('amount'), amount: wholeAmount }),
  z.object({ kind: z.literal('pricePerSquareMetre'), pricePerSquareMetre: wholeAmount }),
]);
export type Discount = z.infer<typeof discountSchema>;

const idList = (max: number) =>
  z
    .array(docIdSchema)
    .max(max, { message: `at most ${max}` })
    .refine((list) => new Set(list).size === list.length, { message: 'each once' });

/**
 * The units a promotion applies to: every criterion that lists something must hold (an empty list
 * means any), so "project A, 1 and 2 rooms" is two lists.
 */
export const promotionScopeSchema = z.object({
  projectIds: idList(PROMOTION_MAX_LINKS),
  buildingIds: idList(PROMOTION_MAX_LINKS),
  kinds: z.array(unitKindSchema).max(4),
  rooms: z.array(z.number().int().min(0).max(20)).max(21),
  unitIds: idList(PROMOTION_MAX_UNITS),
});
export type PromotionScope = z.infer<typeof promotionScopeSchema>;

export const ANY_UNIT: PromotionScope = { projectIds: [], buildingIds: [], kinds: [], rooms: [], unitIds: [] };

const promotionFields = z.object({
  name: line(120),
  description: optionalLine(1000),
  /** First and last moment it applies (the form gives the start and end of the chosen days). */
  validFrom: z.date({ message: 'a date' }),
  validUntil: z.date({ message: 'a date' }),
  scope: promotionScopeSchema,
  discount: discountSchema,
  /**
   * Promotions it stacks with ("сочетание акций"). A pair stacks when either names the other, so one
   * promotion added later can be declared stackable with those already running.
   */
  combinesWith: idList(PROMOTION_MAX_LINKS),
  /** Instalment plans it applies with ("сочетание рассрочек и скидок"); paying in full always may. */
  planIds: idList(PROMOTION_MAX_LINKS),
});

const endsAfterStart = (promotion: { validFrom: Date; validUntil: Date }) =>
  promotion.validUntil.getTime() >= promotion.validFrom.getTime();
const endsAfterStartIssue = { message: 'ends before it starts', path: ['validUntil'] };

/** What owner, admin and managers type for a promotion ("акция"). */
export const promotionInputSchema = promotionFields.refine(endsAfterStart, endsAfterStartIssue);
export type PromotionInput = z.input<typeof promotionInputSchema>;

/** `tenants/{t}/promotions/{promotionId}`. Ending one early sets `endedAt`; deleting removes it. */
export const promotionSchema = promotionFields
  .extend({
    id: z.string().min(1).max(64),
    endedAt: z.date().nullable().default(null),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type Promotion = z.infer<typeof promotionSchema>;

/** Whether a promotion is running at `date`: started, not past its end, not ended early. */
export function isPromotionRunning(promotion: Pick<Promotion, 'validFrom' | 'validUntil' | 'endedAt'>, date: Date) {
  const at = date.getTime();
  return (
    promotion.validFrom.getTime() <= at &&
    at <= promotion.validUntil.getTime() &&
    (promotion.endedAt === null || at < promotion.endedAt.getTime())
  );
}
