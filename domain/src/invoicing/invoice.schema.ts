import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { mandateDocumentSchema } from '../mandates/mandate.schema';
import { centsSchema } from '../shared/money';
import { docIdSchema, emailSchema, line, optionalLine } from '../shared/text';
import { sirenSchema, vatNumberSchema } from './french-identifiers';
import { invoiceLineSchema } from './invoice-totals';

/**
 * What the network invoices: its fees to the paying party (or the notary collecting for it); the
 * commission, partner and referral invoices it issues in the name of agents and partners
 * (self-billing, once they validate); and credit notes correcting a validated invoice.
 */
export const INVOICE_KINDS = ['fees', 'commission', 'partner', 'referral', 'credit-note'] as const;
export const invoiceKindSchema = z.enum(INVOICE_KINDS);
export type InvoiceKind = z.infer<typeof invoiceKindSchema>;

/** A validated invoice never changes again; it is cancelled only by a credit note. */
export const INVOICE_STATUSES = ['draft', 'validated', 'sent', 'paid', 'cancelled'] as const;
export const invoiceStatusSchema = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

/** The structured address EN 16931 requires of both parties (BG-5, BG-8). */
export const invoiceAddressSchema = z.object({
  street: line(200),
  postalCode: line(20),
  city: line(100),
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'a country code such as FR' }),
});
export type InvoiceAddress = z.infer<typeof invoiceAddressSchema>;

/**
 * A party of an invoice as printed on it. A business has a SIREN (or, abroad, a VAT number): its
 * invoices are Factur-X e-invoices; a private person's stay PDFs, their data kept for e-reporting.
 */
export const invoicePartySchema = z.object({
  name: line(160),
  address: invoiceAddressSchema,
  siren: sirenSchema.nullable(),
  vatNumber: vatNumberSchema.nullable(),
  email: z.email({ message: 'invalid email address' }).max(254).nullable(),
  /** Mentions the issuer must print: legal form and capital, RCS, professional card, RSAC, insurer. */
  mentions: z.array(optionalLine(300)).max(8).default([]),
});
export type InvoiceParty = z.infer<typeof invoicePartySchema>;

export const isBusiness = (party: Pick<InvoiceParty, 'siren' | 'vatNumber'>) =>
  party.siren !== null || party.vatNumber !== null;

export const paymentTermsSchema = z.object({
  /** Days from the invoice date to its due date (French law caps it at 60 days, or 45 end of month). */
  dueDays: z.number().int().min(0).max(60),
  /** The late-payment penalty rate printed on the invoice (at least three times the legal interest rate). */
  latePenaltyPercent: z.number().min(0).max(100),
  /** IBAN and BIC the customer pays to, printed on the invoice. */
  iban: optionalLine(34),
  bic: optionalLine(11),
});
export type PaymentTerms = z.infer<typeof paymentTermsSchema>;

/**
 * The fixed indemnity for recovery costs a business owes on a late payment (Code de commerce,
 * L. 441-10 and D. 441-5): 40 €, printed on every invoice to a business.
 */
export const RECOVERY_INDEMNITY_CENTS = 4_000;

export const invoiceTotalsSchema = z.object({
  netCents: centsSchema,
  vatCents: centsSchema,
  grossCents: centsSchema,
  vat: z.array(
    z.object({
      category: z.enum(['S', 'E']),
      ratePercent: z.number().min(0).max(100),
      exemptionReason: z.string().nullable(),
      taxableCents: centsSchema,
      taxCents: centsSchema,
    }),
  ),
});

/**
 * Where a Factur-X e-invoice stands on the e-invoicing platform it is transmitted to (France's
 * reform): `pending` while it is sent, then `accepted` with the platform's reference, `rejected` with
 * the platform's reason, or `failed` when the platform could not be reached.
 */
export const TRANSMISSION_STATUSES = ['pending', 'accepted', 'rejected', 'failed'] as const;
export const invoiceTransmissionSchema = z.object({
  status: z.enum(TRANSMISSION_STATUSES),
  platform: z.string().max(60),
  reference: z.string().max(200).nullable(),
  error: z.string().max(500).nullable(),
  at: z.date(),
});
export type InvoiceTransmission = z.infer<typeof invoiceTransmissionSchema>;

/** `tenants/{t}/invoices/{id}`: written by functions only. */
export const invoiceSchema = z.object({
  id: docIdSchema,
  kind: invoiceKindSchema,
  status: invoiceStatusSchema,
  /** Whose series numbers it: `agency`, an agent's uid, a partner's id. */
  issuerId: z.string().min(1).max(128),
  issuer: invoicePartySchema,
  customer: invoicePartySchema,
  /** The network issues it in the issuer's name (commission, partner and referral invoices). */
  selfBilled: z.boolean(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  lines: z.array(invoiceLineSchema).min(1).max(100),
  totals: invoiceTotalsSchema,
  terms: paymentTermsSchema,
  dealId: docIdSchema.nullable(),
  /** The contact invoiced, when the customer is one of the agency's contacts. */
  customerContactId: docIdSchema.nullable().default(null),
  /** The invoice a credit note corrects. */
  corrects: z.object({ invoiceId: docIdSchema, number: z.string(), issuedAt: z.date() }).nullable(),
  /**
   * The series is set when it is validated (`invoiceSeriesId`: issuer, kind, year of `validatedAt`);
   * the number once, right after, by invoicing-onInvoiceWritten: `F-2026-000124` and its sequence.
   */
  number: z.string().nullable(),
  seriesId: z.string().nullable(),
  sequence: z.number().int().min(1).nullable(),
  issuedAt: z.date().nullable(),
  dueAt: z.date().nullable(),
  /** Its PDF (a Factur-X e-invoice for a business customer), rendered once numbered; never rendered again. */
  pdf: mandateDocumentSchema.nullable().default(null),
  paidCents: centsSchema,
  /** What credit notes have taken off it. */
  creditedCents: centsSchema,
  /** Last mailed, with its PDF, when and to whom (`invoicing-sendInvoice`). */
  sentAt: z.date().nullable().default(null),
  sentTo: z.string().max(254).nullable().default(null),
  /** A business customer's e-invoice on the e-invoicing platform; null until transmitted, and for a private one. */
  transmission: invoiceTransmissionSchema.nullable().default(null),
  createdAt: z.date(),
  createdBy: z.string().max(128),
  validatedAt: z.date().nullable(),
  validatedBy: z.string().max(128).nullable(),
  updatedAt: z.date(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const invoiceLinesSchema = z.array(invoiceLineSchema).min(1, { message: 'at least one line' }).max(100);

/**
 * A fee invoice drafted for a deal (owner and admin): to its paying party, or to the notary office
 * collecting for it. `requestId` is made once per form and becomes the invoice's id: a form sent twice
 * drafts one invoice.
 */
export const draftFeeInvoiceInputSchema = z.object({
  requestId: docIdSchema,
  dealId: docIdSchema,
  customerContactId: docIdSchema.nullable(),
  customer: invoicePartySchema,
  lines: invoiceLinesSchema,
});
export type DraftFeeInvoiceInput = z.input<typeof draftFeeInvoiceInputSchema>;
export type ValidDraftFeeInvoiceInput = z.output<typeof draftFeeInvoiceInputSchema>;

/** A draft changed before validation: its customer and lines. */
export const updateInvoiceDraftInputSchema = z.object({
  invoiceId: docIdSchema,
  customer: invoicePartySchema,
  lines: invoiceLinesSchema,
});
export type UpdateInvoiceDraftInput = z.output<typeof updateInvoiceDraftInputSchema>;

export const invoiceIdInputSchema = z.object({ invoiceId: docIdSchema });
export type InvoiceIdInput = z.output<typeof invoiceIdInputSchema>;

/**
 * A draft validated as the person saw it: `seenUpdatedAt` is its `updatedAt` (milliseconds) on their
 * screen, refused when the draft changed since (a commission draft the morning run brought up to date).
 */
export const validateInvoiceInputSchema = invoiceIdInputSchema.extend({
  seenUpdatedAt: z.number().int().min(0).nullable().default(null),
});
export type ValidateInvoiceInput = z.input<typeof validateInvoiceInputSchema>;
export type ValidValidateInvoiceInput = z.output<typeof validateInvoiceInputSchema>;

/**
 * A credit note ("avoir") correcting a validated invoice (owner and admin): all of it (its lines again,
 * `lines: null`) or part (the lines given); drafted, then validated like an invoice, when it takes its
 * amount off the invoice it corrects. `requestId` becomes its id.
 */
export const draftCreditNoteInputSchema = z.object({
  requestId: docIdSchema,
  invoiceId: docIdSchema,
  lines: invoiceLinesSchema.nullable(),
});
export type DraftCreditNoteInput = z.input<typeof draftCreditNoteInputSchema>;
export type ValidDraftCreditNoteInput = z.output<typeof draftCreditNoteInputSchema>;

/**
 * A numbered invoice or credit note mailed with its PDF (owner and admin), to the address given
 * (the customer's by default), with a note of the sender's. `requestId` names the mail: sent twice,
 * mailed once.
 */
export const sendInvoiceInputSchema = z.object({
  requestId: docIdSchema,
  invoiceId: docIdSchema,
  to: emailSchema,
  note: optionalLine(500),
});
export type SendInvoiceInput = z.input<typeof sendInvoiceInputSchema>;
export type ValidSendInvoiceInput = z.output<typeof sendInvoiceInputSchema>;

export const PAYMENT_METHODS = ['transfer', 'cheque', 'card', 'cash', 'notary', 'other'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** A payment received (partial or whole); `requestId` becomes its id: sent twice, recorded once. */
export const recordInvoicePaymentInputSchema = z.object({
  requestId: docIdSchema,
  invoiceId: docIdSchema,
  amountCents: centsSchema.refine((cents) => cents > 0, { message: 'more than 0' }),
  paidOn: calendarDateSchema,
  method: paymentMethodSchema,
  reference: optionalLine(120),
});
export type RecordInvoicePaymentInput = z.input<typeof recordInvoicePaymentInputSchema>;
export type ValidRecordInvoicePaymentInput = z.output<typeof recordInvoicePaymentInputSchema>;

/** `tenants/{t}/invoicePayments/{id}`: the payments journal, written by invoicing-recordPayment only. */
export const invoicePaymentSchema = z.object({
  id: docIdSchema,
  invoiceId: docIdSchema,
  invoiceNumber: z.string(),
  customerName: z.string().max(160),
  amountCents: centsSchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  paidOn: z.date(),
  method: paymentMethodSchema,
  reference: z.string().max(120),
  recordedAt: z.date(),
  recordedBy: z.string().max(128),
});
export type InvoicePayment = z.infer<typeof invoicePaymentSchema>;

export const invoiceResultSchema = z.object({ invoiceId: docIdSchema });
