import {
  FINANCING_BANK_LINES_MAX,
  FINANCING_KINDS,
  type FinancingApplication,
  type SaveApplicationInput,
} from '@estate/domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';

const AMOUNT_MAX = 100_000_000_000;
const amount = z
  .number({ message: 'financing.validation.amount' })
  .int({ message: 'financing.validation.wholeAmount' })
  .min(0, { message: 'financing.validation.amount' })
  .max(AMOUNT_MAX, { message: 'financing.validation.amount' });
const positiveAmount = amount.min(1, { message: 'financing.validation.positiveAmount' });
const rate = z
  .number({ message: 'financing.validation.rate' })
  .min(0, { message: 'financing.validation.rate' })
  .max(100, { message: 'financing.validation.rate' })
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, {
    message: 'financing.validation.rateDecimals',
  });

const bankLineFormSchema = z.object({
  id: z.string().min(1),
  bank: z
    .string()
    .trim()
    .min(1, { message: 'financing.validation.required' })
    .max(120, { message: 'financing.validation.tooLong' }),
  programme: z.string().trim().max(160, { message: 'financing.validation.tooLong' }),
  amount: positiveAmount,
  ratePercent: rate.nullable(),
});
type BankLineForm = z.infer<typeof bankLineFormSchema>;

export const applicationFormSchema = z
  .object({
    kind: z.enum(FINANCING_KINDS),
    price: amount,
    downPayment: amount,
    amountRequested: positiveAmount,
    termMonths: z
      .number({ message: 'financing.validation.term' })
      .int({ message: 'financing.validation.term' })
      .min(1, { message: 'financing.validation.term' })
      .max(480, { message: 'financing.validation.term' }),
    banks: z
      .array(bankLineFormSchema)
      .min(1, { message: 'financing.validation.oneBank' })
      .max(FINANCING_BANK_LINES_MAX, { message: 'financing.validation.tooManyBanks' }),
    notes: z.string().trim().max(2000, { message: 'financing.validation.tooLong' }),
  })
  .refine((form) => form.price === 0 || form.downPayment <= form.price, {
    message: 'financing.validation.downPaymentAbovePrice',
    path: ['downPayment'],
  });
export type ApplicationForm = z.infer<typeof applicationFormSchema>;

export function newBankLine(id: string, amountRequested = 0): BankLineForm {
  return { id, bank: '', programme: '', amount: amountRequested, ratePercent: null };
}

/** A new application's form, the unit's price filled in when it is made from a unit. */
export function emptyApplicationForm(lineId: string, price = 0): ApplicationForm {
  return {
    kind: 'mortgage',
    price,
    downPayment: 0,
    amountRequested: price,
    termMonths: 240,
    banks: [newBankLine(lineId, price)],
    notes: '',
  };
}

export function applicationFormOf(application: FinancingApplication): ApplicationForm {
  return {
    kind: application.kind,
    price: application.price,
    downPayment: application.downPayment,
    amountRequested: application.amountRequested,
    termMonths: application.termMonths,
    banks: application.banks.map((line) => ({
      id: line.id,
      bank: line.bank,
      programme: line.programme,
      amount: line.amount,
      ratePercent: line.ratePercent,
    })),
    notes: application.notes,
  };
}

export function applicationInputOf(
  form: ApplicationForm,
  ids: { applicationId: string; contactId: string; unitId: string | null; bookingId: string | null },
): SaveApplicationInput {
  return {
    ...ids,
    kind: form.kind,
    price: form.price,
    downPayment: form.downPayment,
    amountRequested: form.amountRequested,
    termMonths: form.termMonths,
    banks: form.banks.map((line) => ({
      id: line.id,
      bank: line.bank,
      programme: line.programme,
      amount: line.amount,
      ratePercent: line.ratePercent,
    })),
    notes: form.notes,
  };
}

const REFUSAL_KEYS: Record<string, string> = {
  'contact-not-found': 'financing.refusals.contactNotFound',
  'contact-changed': 'financing.refusals.contactChanged',
  'unit-not-found': 'financing.refusals.unitNotFound',
  'booking-not-found': 'financing.refusals.bookingNotFound',
  'booking-other-client': 'financing.refusals.bookingOtherClient',
  'bank-line-in-progress': 'financing.refusals.bankLineInProgress',
  'application-not-found': 'financing.refusals.applicationNotFound',
  'bank-line-not-found': 'financing.refusals.bankLineNotFound',
  'bank-line-closed': 'financing.refusals.bankLineClosed',
  'wrong-step': 'financing.refusals.wrongStep',
  'not-developer': 'financing.refusals.notDeveloper',
};

/** The sentence for a refusal, filled with its details, or null for one the screens do not know. */
export function financingRefusalText(
  t: TFunction,
  refused: { reason: string | null; details: Record<string, unknown> },
): string | null {
  const key = refused.reason ? REFUSAL_KEYS[refused.reason] : undefined;
  if (!key) return null;
  const { bank, status } = refused.details;
  return t(key, {
    bank: typeof bank === 'string' ? bank : '',
    status: typeof status === 'string' ? t(`financing.statuses.${status}`) : '',
  });
}
