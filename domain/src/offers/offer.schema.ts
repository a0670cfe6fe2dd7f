import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { localeSchema } from '../shared/locale';
import { isoDateTimeSchema } from '../tasks/task.schema';
import { docIdSchema, emailSchema, line, optionalLine, uidSchema } from '../shared/text';
import { signedFileSchema } from '../signatures/signature-request.schema';

/**
 * A purchase offer ("offre d'achat"): what a buyer proposes for a property for sale, registered by the
 * agent once the buyer's Tracfin file is complete (`offers-registerOffer`), rendered to PDF and signed
 * online by the buyer with the built-in signature, then answered by the seller through the agent
 * (`offers-answerOffer`): accepted, refused or countered. A counter is a new offer in the same thread
 * (`threadId`), naming the offer it answers (`counterOf`). Only functions write offers.
 */
export const OFFER_STATUSES = [
  /** Registered; its PDF and signature request are being prepared (offers-onOfferWritten). */
  'draft',
  'sent-for-signature',
  /** Signed by every buyer: waiting for the seller's answer. */
  'signed',
  'accepted',
  'refused',
  /** Answered by a counter-offer (a new offer in the thread); closed. */
  'countered',
  /** Its validity passed, or its signature request expired, before an answer. */
  'expired',
  /** The buyer declined to sign, or the agent withdrew it. */
  'withdrawn',
] as const;
export const offerStatusSchema = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof offerStatusSchema>;

/** The statuses an offer no longer leaves. */
export const CLOSED_OFFER_STATUSES: readonly OfferStatus[] = [
  'accepted',
  'refused',
  'countered',
  'expired',
  'withdrawn',
];

/** The statuses of an offer still alive: being signed or waiting for the answer. */
export const OPEN_OFFER_STATUSES: readonly OfferStatus[] = ['draft', 'sent-for-signature', 'signed'];

/** Amounts are whole units of the tenant's currency, as property prices are. */
export const OFFER_AMOUNT_MAX = 10_000_000_000;
export const OFFER_BUYERS_MAX = 4;
export const OFFER_SELLERS_MAX = 10;
export const OFFER_CONDITIONS_MAX = 10;
export const OFFER_TEXT_MAX = 1000;
export const OFFER_LOAN_RATE_MAX = 20;
/** The place of a signing appointment (the notary's office), as an appointment's place. */
export const OFFER_PLACE_MAX = 200;
export const OFFER_LOAN_MONTHS_MAX = 480;
/** A signature request of an offer left unsigned expires after this many days (the signatures capability closes it). */
export const OFFER_SIGNATURE_DAYS = 14;

const amount = z
  .number({ message: 'a whole number' })
  .int({ message: 'a whole number' })
  .min(0, { message: 'at least 0' })
  .max(OFFER_AMOUNT_MAX, { message: `at most ${OFFER_AMOUNT_MAX}` });

/** The loan the offer depends on (condition suspensive d'obtention de prêt, Code de la consommation L. 313-41). */
export const offerLoanSchema = z.object({
  amount: amount.min(1, { message: 'at least 1' }),
  /** The highest yearly rate the buyer accepts, in percent. */
  ratePercent: z
    .number({ message: 'a number' })
    .min(0, { message: 'at least 0' })
    .max(OFFER_LOAN_RATE_MAX, { message: `at most ${OFFER_LOAN_RATE_MAX}` }),
  durationMonths: z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(1, { message: 'at least 1' })
    .max(OFFER_LOAN_MONTHS_MAX, { message: `at most ${OFFER_LOAN_MONTHS_MAX}` }),
});
export type OfferLoan = z.infer<typeof offerLoanSchema>;

/** Conditions precedent: the loan, when the purchase depends on one, and free conditions, one per line. */
export const offerConditionsSchema = z.object({
  loan: offerLoanSchema.nullable(),
  other: z.array(line(OFFER_TEXT_MAX)).max(OFFER_CONDITIONS_MAX, { message: `at most ${OFFER_CONDITIONS_MAX}` }),
});
export type OfferConditions = z.infer<typeof offerConditionsSchema>;

/** How the buyer pays: own funds and the loan amount. */
export const offerFinancingSchema = z.object({
  ownFunds: amount,
  loanAmount: amount,
});
export type OfferFinancing = z.infer<typeof offerFinancingSchema>;

/** The terms a buyer proposes (or a seller's counter sets). */
const offerTermsFields = z.object({
  amount: amount.min(1, { message: 'at least 1' }),
  conditions: offerConditionsSchema,
  financing: offerFinancingSchema,
  /** The last day the offer holds (`2026-03-01` in the form). */
  validUntil: calendarDateSchema,
});

function checkTerms(terms: { conditions: OfferConditions; financing: OfferFinancing }, context: z.RefinementCtx): void {
  const loan = terms.conditions.loan;
  if (loan && terms.financing.loanAmount !== loan.amount) {
    context.addIssue({
      code: 'custom',
      path: ['financing', 'loanAmount'],
      message: 'the loan of the financing is the loan of the condition',
    });
  }
  if (!loan && terms.financing.loanAmount > 0) {
    context.addIssue({
      code: 'custom',
      path: ['conditions', 'loan'],
      message: 'a loan in the financing needs its condition',
    });
  }
}

export const offerTermsInputSchema = offerTermsFields.superRefine(checkTerms);
export type OfferTermsInput = z.input<typeof offerTermsInputSchema>;
export type OfferTerms = z.output<typeof offerTermsInputSchema>;

/** A buyer as the offer prints it, copied from the contact when the offer is registered. */
export const offerBuyerSchema = z.object({
  contactId: docIdSchema,
  name: line(160),
  email: z.union([z.literal(''), emailSchema]),
});
export type OfferBuyer = z.infer<typeof offerBuyerSchema>;

/** The seller's answer, recorded by the agent on the seller's instruction. */
export const OFFER_ANSWERS = ['accept', 'refuse', 'counter'] as const;
export type OfferAnswerKind = (typeof OFFER_ANSWERS)[number];

export const offerAnswerSchema = z.object({
  kind: z.enum(OFFER_ANSWERS),
  at: z.date(),
  by: uidSchema,
  /** Why the seller refused; empty otherwise. */
  reason: z.string().max(OFFER_TEXT_MAX),
  /** The counter-offer made in answer, when countered. */
  counterOfferId: docIdSchema.nullable(),
});
export type OfferAnswer = z.infer<typeof offerAnswerSchema>;

/** `tenants/{tenantId}/offers/{offerId}`: functions only; collaborators read, a client reads those where they are a buyer. */
export const offerSchema = z.object({
  id: z.string(),
  /** The first offer's id: an offer and its counters share it. */
  threadId: docIdSchema,
  /** The offer this one counters, null for the buyer's first offer. */
  counterOf: docIdSchema.nullable(),
  /** 1 for the first offer of the thread, then one more per counter. */
  round: z.number().int().min(1),
  propertyId: docIdSchema,
  /** Copied from the property when registered, for the PDF and the lists. */
  propertyReference: z.string(),
  propertyTitle: z.string(),
  propertyAddress: z.string(),
  buyers: z.array(offerBuyerSchema).min(1).max(OFFER_BUYERS_MAX),
  /** The buyers' contact ids, for the client's query (`array-contains`) and the rules. */
  buyerContactIds: z.array(docIdSchema).min(1).max(OFFER_BUYERS_MAX),
  /** The property's sellers when the offer was registered. */
  sellerContactIds: z.array(docIdSchema).max(OFFER_SELLERS_MAX),
  amount: z.number().int().min(1).max(OFFER_AMOUNT_MAX),
  conditions: offerConditionsSchema,
  financing: offerFinancingSchema,
  validUntil: z.date(),
  status: offerStatusSchema,
  /** The agent who registered it (the mails' agent link, the signature request's `requestedBy`). */
  agentUid: uidSchema,
  locale: localeSchema,
  signatureRequestId: z.string().nullable(),
  /** The PDF as sent for signature. */
  document: signedFileSchema.nullable(),
  /** The signed PDF, copied from the signature request once every buyer signed. */
  signedDocument: signedFileSchema.nullable(),
  answer: offerAnswerSchema.nullable(),
  /**
   * Set at acceptance: when the preliminary contract and the deed are signed (the start of their
   * appointments, `offerAppointmentId`, which the calendars show).
   */
  preliminaryContractDate: z.date().nullable(),
  deedDate: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sentAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
});
export type Offer = z.infer<typeof offerSchema>;

/**
 * `tenants/{tenantId}/sellerOffers/{offerId}`: what a seller reads of an offer on their property,
 * without the buyers' identities (kept by the same transactions that write the offer).
 */
export const sellerOfferSchema = offerSchema
  .pick({
    id: true,
    threadId: true,
    counterOf: true,
    round: true,
    propertyId: true,
    propertyReference: true,
    propertyTitle: true,
    sellerContactIds: true,
    amount: true,
    conditions: true,
    financing: true,
    validUntil: true,
    status: true,
    preliminaryContractDate: true,
    deedDate: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({ buyerCount: z.number().int().min(1).max(OFFER_BUYERS_MAX) });
export type SellerOffer = z.infer<typeof sellerOfferSchema>;

export function sellerOfferOf(offer: Offer): SellerOffer {
  return {
    id: offer.id,
    threadId: offer.threadId,
    counterOf: offer.counterOf,
    round: offer.round,
    propertyId: offer.propertyId,
    propertyReference: offer.propertyReference,
    propertyTitle: offer.propertyTitle,
    sellerContactIds: offer.sellerContactIds,
    amount: offer.amount,
    conditions: offer.conditions,
    financing: offer.financing,
    validUntil: offer.validUntil,
    status: offer.status,
    preliminaryContractDate: offer.preliminaryContractDate,
    deedDate: offer.deedDate,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    buyerCount: offer.buyers.length,
  };
}

/**
 * `offers-registerOffer`: a buyer's offer on a property, under `requestId` (made once per form
 * opening, so a registration sent twice makes one offer).
 */
export const registerOfferInputSchema = offerTermsFields
  .extend({
    requestId: docIdSchema,
    propertyId: docIdSchema,
    buyerContactIds: z
      .array(docIdSchema)
      .min(1, { message: 'at least one buyer' })
      .max(OFFER_BUYERS_MAX, { message: `at most ${OFFER_BUYERS_MAX} buyers` })
      .refine((ids) => new Set(ids).size === ids.length, { message: 'the same buyer twice' }),
  })
  .superRefine(checkTerms);
export type RegisterOfferInput = z.output<typeof registerOfferInputSchema>;
export type RegisterOfferFormValues = z.input<typeof registerOfferInputSchema>;

export const offerResultSchema = z.object({ offerId: z.string(), status: offerStatusSchema });
export type OfferResult = z.infer<typeof offerResultSchema>;

/** `offers-answerOffer`: the seller's answer, as the agent records it. */
export const answerOfferInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accept'),
    offerId: docIdSchema,
    /** When the preliminary contract and the deed are signed: each becomes an appointment. */
    preliminaryContractAt: isoDateTimeSchema,
    preliminaryContractPlace: optionalLine(OFFER_PLACE_MAX),
    deedAt: isoDateTimeSchema,
    deedPlace: optionalLine(OFFER_PLACE_MAX),
  }),
  z.object({
    kind: z.literal('refuse'),
    offerId: docIdSchema,
    reason: optionalLine(OFFER_TEXT_MAX),
  }),
  z.object({
    kind: z.literal('counter'),
    offerId: docIdSchema,
    terms: offerTermsInputSchema,
  }),
]);
export type AnswerOfferInput = z.output<typeof answerOfferInputSchema>;
export type AnswerOfferRequest = z.input<typeof answerOfferInputSchema>;

export const answerOfferResultSchema = offerResultSchema.extend({
  /** The counter-offer made, when countered. */
  counterOfferId: z.string().nullable(),
});
export type AnswerOfferResult = z.infer<typeof answerOfferResultSchema>;

/** `offers-withdrawOffer`: the buyer takes back an offer not answered yet. */
export const withdrawOfferInputSchema = z.object({ offerId: docIdSchema });
export type WithdrawOfferInput = z.infer<typeof withdrawOfferInputSchema>;

/** The signature request of an offer: one per offer (an offer is sent once). */
export function offerSignatureRequestId(offerId: string): string {
  return `o-${offerId}`;
}

/** A counter's id, derived from its thread and round: a counter sent twice makes one offer. */
export function counterOfferId(threadId: string, round: number): string {
  return `${threadId.slice(0, 54)}-r${round}`;
}

/** The signing appointments an acceptance makes, and how long each lasts. */
export const ACCEPTANCE_APPOINTMENTS = [
  { kind: 'preliminary-contract', minutes: 60, suffix: 'pc' },
  { kind: 'notarial-deed', minutes: 120, suffix: 'deed' },
] as const;
export type AcceptanceAppointmentKind = (typeof ACCEPTANCE_APPOINTMENTS)[number]['kind'];

/** A short stable hash (FNV-1a, 32 bits, hex) to keep a derived id within the id's length. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of a signing appointment of an accepted offer, derived from the offer: an answer retried
 * finds it. Within the 64 characters of an id (a long offer id is cut and completed with its hash).
 */
export function offerAppointmentId(offerId: string, kind: AcceptanceAppointmentKind): string {
  const suffix = ACCEPTANCE_APPOINTMENTS.find((appointment) => appointment.kind === kind)?.suffix ?? kind;
  const id = `${offerId}-${suffix}`;
  if (id.length <= 64) return id;
  return `${offerId.slice(0, 64 - suffix.length - 10)}-${shortHash(offerId)}-${suffix}`;
}
