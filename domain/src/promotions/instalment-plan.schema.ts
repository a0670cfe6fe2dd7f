import { z } from 'zod';
import { line } from '../shared/text';

const percent = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(100, { message: 'at most 100' })
  .refine((value) => Math.round(value * 100) === value * 100, { message: 'at most two decimals' });

/** What owner, admin and managers type for an instalment plan ("рассрочка"). */
export const instalmentPlanInputSchema = z.object({
  name: line(80),
  /** Share of the final price paid at signing. */
  downPaymentPercent: percent,
  /** Monthly payments after the down payment. */
  months: z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(1, { message: 'at least 1' })
    .max(360, { message: 'at most 360' }),
  /** What paying in instalments adds to the price after discounts; 0 for an interest-free plan. */
  markupPercent: percent,
});
export type InstalmentPlanInput = z.input<typeof instalmentPlanInputSchema>;

/** `tenants/{t}/instalmentPlans/{planId}`. */
export const instalmentPlanSchema = instalmentPlanInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type InstalmentPlan = z.infer<typeof instalmentPlanSchema>;
