import { z } from 'zod';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

/** A mortgage for the unit, or a consumer credit (finishing works, a parking space, the down payment). */
export const FINANCING_KINDS = ['mortgage', 'consumerCredit'] as const;
export const financingKindSchema = z.enum(FINANCING_KINDS);
export type FinancingKind = z.infer<typeof financingKindSchema>;

/**
 * Where one bank stands on an application: draft (being prepared), sent, underReview, then approved
 * (with or without conditions) or declined. A bank moves forward only; approved and declined are final.
 */
export const BANK_STATUSES = ['draft', 'sent', 'underReview', 'approved', 'declined'] as const;
export const bankStatusSchema = z.enum(BANK_STATUSES);
export type BankStatus = z.infer<typeof bankStatusSchema>;

export const FINANCING_BANK_LINES_MAX = 10;
export const FINANCING_CONDITIONS_MAX = 2000;
const MONEY_MAX = 100_000_000_000;

const amount = z.number({ message: 'a number' }).int({ message: 'a whole amount' }).min(0).max(MONEY_MAX);
const positiveAmount = amount.min(1, { message: 'more than 0' });
/** Years of 12 months, up to 40 years (mortgages), at least a month. */
const termMonths = z
  .number({ message: 'a number' })
  .int({ message: 'a whole number of months' })
  .min(1, { message: 'at least 1 month' })
  .max(480, { message: 'at most 480 months' });
/** An annual rate in percent, two decimals at most. */
const ratePercent = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(100, { message: 'at most 100' })
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { message: 'at most two decimals' });

/** The day each status was reached (null while not reached; a bank may skip a step). */
export const bankStatusDatesSchema = z.object({
  draft: z.date(),
  sent: z.date().nullable(),
  underReview: z.date().nullable(),
  approved: z.date().nullable(),
  declined: z.date().nullable(),
});
export type BankStatusDates = z.infer<typeof bankStatusDatesSchema>;

/** One bank's line of an application: what was asked of it and where it stands. */
export const bankLineSchema = z.object({
  /** Stable within the application, so a status change names its line even after others are edited. */
  id: docIdSchema,
  bank: line(120),
  programme: z.string().max(160),
  amount: amount,
  ratePercent: ratePercent.nullable(),
  status: bankStatusSchema,
  /** What the bank asks for its approval (a guarantor, an insurance…); empty when approved as asked. */
  conditions: z.string().max(FINANCING_CONDITIONS_MAX),
  dates: bankStatusDatesSchema,
});
export type BankLine = z.infer<typeof bankLineSchema>;

/**
 * `tenants/{t}/financingApplications/{applicationId}`: a client's mortgage or consumer-credit
 * application, optionally for a unit and its booking offer, sent to one bank or several. Written only
 * by the financing-* functions, which keep `bankNames`, `bankStatuses` and `bankStatusKeys` (the list
 * filters, one array-contains each) and the report's summary in the same transaction.
 */
export const financingApplicationSchema = z.object({
  id: docIdSchema,
  kind: financingKindSchema,
  contactId: docIdSchema,
  contactName: z.string().max(200),
  unitId: docIdSchema.nullable(),
  projectId: docIdSchema.nullable(),
  buildingId: docIdSchema.nullable(),
  unitNumber: z.string().max(20).nullable(),
  bookingId: docIdSchema.nullable(),
  /** The client's mortgage reservation on the unit when the application was made, if any. */
  reservationId: docIdSchema.nullable(),
  price: amount,
  downPayment: amount,
  amountRequested: amount,
  termMonths,
  banks: z.array(bankLineSchema).max(FINANCING_BANK_LINES_MAX),
  /** The furthest status of any bank (financingStatusOf): the list's badge. */
  status: bankStatusSchema,
  bankNames: z.array(z.string().max(120)),
  bankStatuses: z.array(bankStatusSchema),
  /** `bank␟status` for each line (bankStatusKey), for the list filtered by a bank and a status. */
  bankStatusKeys: z.array(z.string().max(160)),
  notes: z.string().max(2000),
  consultations: z.number().int().min(0),
  lastConsultationAt: z.date().nullable(),
  createdBy: uidSchema,
  createdByName: z.string().max(200),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type FinancingApplication = z.infer<typeof financingApplicationSchema>;

/** One row of the report: how many bank lines of one bank and kind stand at each status. */
export const financingReportRowSchema = z.object({
  bank: z.string().max(120),
  kind: financingKindSchema,
  counts: z.object({
    draft: z.number().int().min(0),
    sent: z.number().int().min(0),
    underReview: z.number().int().min(0),
    approved: z.number().int().min(0),
    declined: z.number().int().min(0),
  }),
});
export type FinancingReportRow = z.infer<typeof financingReportRowSchema>;

/**
 * `tenants/{t}/financingReports/byBank`: the counts per bank × status, kept by the financing-* functions
 * in the transaction that changes an application, so the report reads one document.
 */
export const financingReportSchema = z.object({
  rows: z.array(financingReportRowSchema),
  updatedAt: z.date(),
});
export type FinancingReport = z.infer<typeof financingReportSchema>;

// --- callables' inputs and outputs ---

export const bankLineInputSchema = z.object({
  /** The line's id: a new one for a line added, the stored one for a line edited. */
  id: docIdSchema,
  bank: line(120),
  programme: optionalLine(160),
  amount: positiveAmount,
  ratePercent: ratePercent.nullable().default(null),
});
export type BankLineInput = z.input<typeof bankLineInputSchema>;

export const saveApplicationInputSchema = z
  .object({
    /** The application's id, made by the app for a new one: a retried creation finds what it made. */
    applicationId: docIdSchema,
    kind: financingKindSchema,
    contactId: docIdSchema,
    unitId: docIdSchema.nullable().default(null),
    bookingId: docIdSchema.nullable().default(null),
    price: amount,
    downPayment: amount,
    amountRequested: positiveAmount,
    termMonths,
    banks: z
      .array(bankLineInputSchema)
      .min(1, { message: 'at least one bank' })
      .max(FINANCING_BANK_LINES_MAX, { message: `at most ${FINANCING_BANK_LINES_MAX} banks` }),
    notes: optionalLine(2000),
  })
  .refine((input) => input.price === 0 || input.downPayment <= input.price, {
    message: 'more than the price',
    path: ['downPayment'],
  })
  .refine((input) => new Set(input.banks.map((bank) => bank.id)).size === input.banks.length, {
    message: 'a bank line appears twice',
    path: ['banks'],
  });
export type SaveApplicationInput = z.input<typeof saveApplicationInputSchema>;
export type ValidSaveApplicationInput = z.output<typeof saveApplicationInputSchema>;

export const setBankStatusInputSchema = z.object({
  applicationId: docIdSchema,
  lineId: docIdSchema,
  to: bankStatusSchema.exclude(['draft']),
  /** With `approved`: what the bank asks for (empty when approved as asked). Ignored otherwise. */
  conditions: optionalLine(FINANCING_CONDITIONS_MAX),
  /** With `approved`: the rate the bank grants, when known. */
  ratePercent: ratePercent.nullable().default(null),
});
export type SetBankStatusInput = z.input<typeof setBankStatusInputSchema>;
export type ValidSetBankStatusInput = z.output<typeof setBankStatusInputSchema>;

export const CONSULTATION_CHANNELS = ['meeting', 'call', 'email'] as const;
export const consultationChannelSchema = z.enum(CONSULTATION_CHANNELS);
export type ConsultationChannel = z.infer<typeof consultationChannelSchema>;

export const logConsultationInputSchema = z.object({
  /** The history entry's id: a retried call logs the consultation once. */
  requestId: docIdSchema,
  applicationId: docIdSchema,
  channel: consultationChannelSchema,
  notes: line(4000),
});
export type LogConsultationInput = z.input<typeof logConsultationInputSchema>;
export type ValidLogConsultationInput = z.output<typeof logConsultationInputSchema>;

export const financingResultSchema = z.object({ applicationId: z.string(), status: bankStatusSchema });
export type FinancingResult = z.infer<typeof financingResultSchema>;
