import { z } from 'zod';
import { docIdSchema, line } from '../shared/text';

/** A manager's discount on a booking offer: a sum of money, or a share of the offer's price. */
export const BOOKING_DISCOUNT_KINDS = ['amount', 'percent'] as const;
export const bookingDiscountKindSchema = z.enum(BOOKING_DISCOUNT_KINDS);
export type BookingDiscountKind = z.infer<typeof bookingDiscountKindSchema>;

const AMOUNT_MAX = 100_000_000_000;
/** Percentages are typed to a tenth (2.5 %); more would be a precision nobody negotiates. */
const isTenth = (value: number) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

/** What the manager types: the kind, the value (a whole amount, or a percentage up to 100) and why. */
export const bookingDiscountInputSchema = z
  .object({
    kind: bookingDiscountKindSchema,
    value: z.number({ message: 'a number' }).positive({ message: 'more than 0' }).max(AMOUNT_MAX),
    reason: line(500),
  })
  .superRefine((discount, ctx) => {
    if (discount.kind === 'amount' && !Number.isInteger(discount.value)) {
      ctx.addIssue({ code: 'custom', message: 'a whole amount', path: ['value'] });
    }
    if (discount.kind === 'percent' && (discount.value > 100 || !isTenth(discount.value))) {
      ctx.addIssue({ code: 'custom', message: 'a percentage up to 100, to a tenth', path: ['value'] });
    }
  });
export type BookingDiscountInput = z.input<typeof bookingDiscountInputSchema>;
export type ValidBookingDiscountInput = z.output<typeof bookingDiscountInputSchema>;

/**
 * The discount a booking offer records: what was typed, the price it was taken from (the unit's price
 * with the running promotions), the sum it took off, and the approval that allowed it when one did.
 */
export const bookingDiscountSchema = z.object({
  kind: bookingDiscountKindSchema,
  value: z.number().positive(),
  reason: z.string().max(500),
  priceBefore: z.number().int().min(0),
  amount: z.number().int().min(1),
  approvalId: docIdSchema.nullable(),
});
export type BookingDiscount = z.infer<typeof bookingDiscountSchema>;

/** What Settings › Discounts edits: the largest discount a manager grants alone, as a share of the price. */
export const discountSettingsInputSchema = z.object({
  maxManagerPercent: z
    .number({ message: 'a number' })
    .min(0, { message: 'at least 0' })
    .max(100, { message: 'at most 100' })
    .refine(isTenth, { message: 'to a tenth of a percent' }),
});
export type DiscountSettingsInput = z.input<typeof discountSettingsInputSchema>;
export type ValidDiscountSettingsInput = z.output<typeof discountSettingsInputSchema>;

/** `tenants/{t}/settings/discounts`, written by discounts-saveSettings (owner and admin). */
export const discountSettingsSchema = discountSettingsInputSchema.extend({
  updatedAt: z.date(),
  updatedBy: z.string().max(128),
});
export type DiscountSettings = z.infer<typeof discountSettingsSchema>;

/** What applies while a tenant has not saved its own: managers grant up to 3 % alone. */
export const DEFAULT_DISCOUNT_SETTINGS: ValidDiscountSettingsInput = { maxManagerPercent: 3 };

export const saveDiscountSettingsResultSchema = z.object({ saved: z.literal(true) });
