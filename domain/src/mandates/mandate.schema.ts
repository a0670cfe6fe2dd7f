import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { dealTypeSchema } from '../pipeline/phases';
import { localeSchema, type Locale } from '../shared/locale';
import { docIdSchema, emailSchema, line, uidSchema } from '../shared/text';

/**
 * A mandate (loi Hoguet n° 70-9 of 2 January 1970, art. 6; décret n° 72-678 of 20 July 1972): the
 * written authority a seller or landlord gives the agency. Staff edit it while it is a draft
 * (`mandates-saveMandate`); `mandates-sendForSignature` marks it `sending`, and
 * `mandates-onMandateWritten` gives it the next number of the tenant's register, renders its PDF with
 * that number and creates its signature request; `mandates-onSignatureRequestWritten` follows the
 * request to `signed`, `declined`, `expired` or `cancelled`. Only functions write mandates.
 */
export const MANDATE_KINDS = ['simple', 'exclusive', 'semi-exclusive'] as const;
export const mandateKindSchema = z.enum(MANDATE_KINDS);
export type MandateKind = z.infer<typeof mandateKindSchema>;

/** Who pays the agency's fees: the mandator (seller, landlord) or the other party (buyer, tenant). */
export const FEES_PAYERS = ['mandator', 'other-party', 'shared'] as const;
export const feesPayerSchema = z.enum(FEES_PAYERS);
export type FeesPayer = z.infer<typeof feesPayerSchema>;

export const MANDATE_STATUSES = [
  'draft',
  'sending',
  'sent',
  'signed',
  'declined',
  'expired',
  'cancelled',
  'ended',
] as const;
export const mandateStatusSchema = z.enum(MANDATE_STATUSES);
export type MandateStatus = z.infer<typeof mandateStatusSchema>;

/** What an amendment may be while it lives: the mandate's statuses before it is ended. */
export const AMENDMENT_STATUSES = ['draft', 'sending', 'sent', 'signed', 'declined', 'expired', 'cancelled'] as const;
export const amendmentStatusSchema = z.enum(AMENDMENT_STATUSES);
export type AmendmentStatus = z.infer<typeof amendmentStatusSchema>;

/** The request statuses that close a sending, and what they make of the mandate or amendment. */
export const CLOSED_REQUEST_STATUS = {
  signed: 'signed',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
} as const;

/** Prices and fees are whole units of the tenant's currency, as property prices are. */
export const MANDATE_AMOUNT_MAX = 10_000_000_000;
export const MANDATE_DURATION_MONTHS_MAX = 60;
export const MANDATE_SIGNERS_MAX = 10;
export const MANDATE_EVENTS_MAX = 200;
/** A signature request left unsigned this long expires (the signatures capability closes it). */
export const MANDATE_SIGNATURE_DAYS = 30;

const amount = z
  .number({ message: 'a whole number' })
  .int({ message: 'a whole number' })
  .min(0, { message: 'at least 0' })
  .max(MANDATE_AMOUNT_MAX, { message: `at most ${MANDATE_AMOUNT_MAX}` });

export const mandateFeesSchema = z.object({
  amount,
  paidBy: feesPayerSchema,
});
export type MandateFees = z.infer<typeof mandateFeesSchema>;

export const durationMonthsSchema = z
  .number({ message: 'a whole number' })
  .int({ message: 'a whole number' })
  .min(1, { message: 'at least 1' })
  .max(MANDATE_DURATION_MONTHS_MAX, { message: `at most ${MANDATE_DURATION_MONTHS_MAX}` });

/** The terms a collaborator edits on a draft. */
export const mandateTermsSchema = z.object({
  kind: mandateKindSchema,
  dealType: dealTypeSchema,
  /** The asking price (sale) or monthly rent (rental). */
  price: amount,
  fees: mandateFeesSchema,
  durationMonths: durationMonthsSchema,
  /** The day the mandate starts; it ends `durationMonths` later (`mandateEndDate`). */
  startDate: z.date({ message: 'invalid date' }),
  /** The seller allows the agency to delegate the mandate to partner agencies. */
  delegationConsent: z.boolean(),
  /** Signed at a distance (Code de la consommation, L. 221-18): the withdrawal right and form are printed. */
  signedAtDistance: z.boolean(),
});
export type MandateTerms = z.infer<typeof mandateTermsSchema>;

/** A signer picked in the form: a seller contact of the property, or one of that contact's signatories. */
export const mandateSignerRefSchema = z.object({
  contactId: docIdSchema,
  /** Null for the contact itself; else the id of a document in its `signatories` (paths.signatories). */
  signatoryId: docIdSchema.nullable(),
});
export type MandateSignerRef = z.infer<typeof mandateSignerRefSchema>;

/** A signer as the mandate prints it, resolved by the function from the contact or signatory. */
export const mandateSignerSchema = mandateSignerRefSchema.extend({
  name: line(160),
  /** Empty when the contact has none: sending for signature refuses a signer without an email. */
  email: z.union([z.literal(''), emailSchema]),
});
export type MandateSigner = z.infer<typeof mandateSignerSchema>;

const signerRefsSchema = z
  .array(mandateSignerRefSchema)
  .min(1, { message: 'at least one signer' })
  .max(MANDATE_SIGNERS_MAX, { message: `at most ${MANDATE_SIGNERS_MAX} signers` })
  .refine((refs) => new Set(refs.map((ref) => `${ref.contactId}/${ref.signatoryId ?? ''}`)).size === refs.length, {
    message: 'the same signer twice',
  });

/** The form's terms: the start date as the date field sends it. */
export const mandateTermsInputSchema = mandateTermsSchema.extend({ startDate: calendarDateSchema });

/**
 * `mandates-saveMandate`: creates a draft when `mandateId` is null (under `requestId`, made once per
 * form opening, so a create sent twice makes one mandate), else edits the draft.
 */
export const saveMandateInputSchema = z.object({
  mandateId: docIdSchema.nullable(),
  requestId: docIdSchema,
  propertyId: docIdSchema,
  terms: mandateTermsInputSchema,
  signers: signerRefsSchema,
});
export type SaveMandateInput = z.infer<typeof saveMandateInputSchema>;
export type SaveMandateFormValues = z.input<typeof saveMandateInputSchema>;

export const saveMandateResultSchema = z.object({ mandateId: z.string() });
export type SaveMandateResult = z.infer<typeof saveMandateResultSchema>;

/** `mandates-sendForSignature` and `mandates-cancelMandate` name one mandate. */
export const mandateActionInputSchema = z.object({ mandateId: docIdSchema });
export type MandateActionInput = z.infer<typeof mandateActionInputSchema>;
export const mandateActionResultSchema = z.object({ mandateId: z.string(), status: mandateStatusSchema });
export type MandateActionResult = z.infer<typeof mandateActionResultSchema>;

export const MANDATE_EVENT_TYPES = [
  'created',
  'edited',
  'sending',
  'numbered',
  'sent',
  'signed',
  'declined',
  'expired',
  'cancelled',
  'amendment-created',
  'amendment-sent',
  'amendment-signed',
  'amendment-declined',
  'amendment-expired',
  'amendment-cancelled',
] as const;
export const mandateEventTypeSchema = z.enum(MANDATE_EVENT_TYPES);
export type MandateEventType = z.infer<typeof mandateEventTypeSchema>;

/** One line of a mandate's history, newest last. `by` is a uid, or `system` for what functions did. */
export const mandateEventSchema = z.object({
  type: mandateEventTypeSchema,
  at: z.date(),
  by: z.string(),
  /** The amendment the event is about, when it is about one. */
  amendmentId: docIdSchema.nullable(),
  /** What changed, in the mandate's own words (`price: 300000 → 290000`), for the history list. */
  detail: z.string().max(500),
});
export type MandateEvent = z.infer<typeof mandateEventSchema>;

/** The PDF as sent: a Storage object and the SHA-256 of its bytes (the request's `document`). */
export const mandateDocumentSchema = z.object({
  storagePath: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: line(200),
});
export type MandateDocument = z.infer<typeof mandateDocumentSchema>;

/** `tenants/{tenantId}/mandates/{mandateId}`: functions only; collaborators read. */
export const mandateSchema = mandateTermsSchema.extend({
  id: z.string(),
  propertyId: docIdSchema,
  /** Copied from the property when saved, for the register and the PDF. */
  propertyReference: z.string(),
  propertyTitle: z.string(),
  propertyAddress: z.string(),
  /** The property's agent when the draft was saved: the register's "agent" column. */
  agentUid: uidSchema,
  signers: z.array(mandateSignerSchema).min(1).max(MANDATE_SIGNERS_MAX),
  status: mandateStatusSchema,
  /** The register number, given once when the mandate is first sent, never changed afterwards. */
  registerNumber: z.number().int().min(1).nullable(),
  /** Raised by each `mandates-sendForSignature`: the request id derives from it. */
  sendAttempt: z.number().int().min(0),
  signatureRequestId: z.string().nullable(),
  /** The PDF as sent for signature. */
  document: mandateDocumentSchema.nullable(),
  /** The signed PDF (stamped, evidence page appended), copied from the request once signed. */
  signedDocument: mandateDocumentSchema.nullable(),
  locale: localeSchema,
  events: z.array(mandateEventSchema).max(MANDATE_EVENTS_MAX),
  createdBy: uidSchema,
  /** Who sent it for signature last: the request's `requestedBy`. */
  sentBy: uidSchema.nullable(),
  /**
   * When `mandates-sendForSignature` last marked it `sending`: the register numbers the mandates waiting
   * for a number in this order (then by id), so the register follows the order they were sent in.
   */
  sendingAt: z.date().nullable().default(null),
  createdAt: z.date(),
  updatedAt: z.date(),
  sentAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
});
export type Mandate = z.infer<typeof mandateSchema>;

/** The day a mandate ends: `durationMonths` after its start (the same day of the month, or the month's last). */
export function mandateEndDate(startDate: Date, durationMonths: number): Date {
  const year = startDate.getUTCFullYear();
  const month = startDate.getUTCMonth() + durationMonths;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(startDate.getUTCDate(), lastDay)));
}

/** The register number as printed: `000042`. */
export function formatRegisterNumber(number: number): string {
  return String(number).padStart(6, '0');
}

const MANDATE_SIGNED_AUTHOR: Record<Locale, (number: string) => string> = {
  fr: (number) => `Mandat n° ${number} signé`,
  en: (number) => `Mandate no. ${number} signed`,
  ru: (number) => `Договор № ${number} подписан`,
};

/** Who a property's history names when a signed mandate moves its status (the system, for that mandate). */
export function mandateSignedAuthor(locale: Locale, registerNumber: number): string {
  return MANDATE_SIGNED_AUTHOR[locale](formatRegisterNumber(registerNumber));
}

/**
 * The id of the signature request of a mandate's (or amendment's) n-th sending: derived, so a replayed
 * trigger finds the request it created and creates nothing new.
 */
export function signatureRequestIdFor(kind: 'mandate' | 'amendment', id: string, attempt: number): string {
  return `${kind === 'mandate' ? 'm' : 'a'}-${id}-${attempt}`;
}

/** The document id of a register line: its number, zero-padded so ids sort as numbers do. */
export function registerLineId(number: number): string {
  return formatRegisterNumber(number);
}
