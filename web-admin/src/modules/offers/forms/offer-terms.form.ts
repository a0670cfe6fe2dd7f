import { OFFER_TEXT_MAX, toCalendarDate, type OfferTermsInput } from '@estate/domain';
import { z } from 'zod';

const whole = z
  .number({ message: 'a whole number' })
  .int({ message: 'a whole number' })
  .min(0, { message: 'at least 0' });

/**
 * The terms as the form holds them: flat fields, the loan switched on or off, the free conditions one
 * per line. `toOfferTerms` gives the domain's terms (offerTermsInputSchema), which the callable checks again.
 */
export const offerTermsFormSchema = z
  .object({
    amount: whole.min(1, { message: 'at least 1' }),
    withLoan: z.boolean(),
    loanAmount: whole,
    loanRate: z.number({ message: 'a number' }).min(0, { message: 'at least 0' }).max(20, { message: 'at most 20' }),
    loanMonths: whole.max(480, { message: 'at most 480' }),
    ownFunds: whole,
    otherConditions: z.string().max(OFFER_TEXT_MAX * 3, { message: `at most ${OFFER_TEXT_MAX * 3} characters` }),
    validUntil: z.iso.date({ message: 'a date like 2026-03-01' }),
  })
  .superRefine((value, context) => {
    if (value.withLoan && value.loanAmount < 1) {
      context.addIssue({ code: 'custom', path: ['loanAmount'], message: 'at least 1' });
    }
    if (value.withLoan && value.loanMonths < 1) {
      context.addIssue({ code: 'custom', path: ['loanMonths'], message: 'at least 1' });
    }
  });
export type OfferTermsFormValues = z.infer<typeof offerTermsFormSchema>;

export function emptyOfferTerms(price: number, now = new Date()): OfferTermsFormValues {
  return {
    amount: price,
    withLoan: false,
    loanAmount: 0,
    loanRate: 4,
    loanMonths: 240,
    ownFunds: price,
    otherConditions: '',
    validUntil: toCalendarDate(new Date(now.getTime() + 10 * 86_400_000)),
  };
}

export function toOfferTerms(values: OfferTermsFormValues): OfferTermsInput {
  const other = values.otherConditions
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    amount: values.amount,
    conditions: {
      loan: values.withLoan
        ? { amount: values.loanAmount, ratePercent: values.loanRate, durationMonths: values.loanMonths }
        : null,
      other,
    },
    financing: { ownFunds: values.ownFunds, loanAmount: values.withLoan ? values.loanAmount : 0 },
    validUntil: values.validUntil,
  };
}
