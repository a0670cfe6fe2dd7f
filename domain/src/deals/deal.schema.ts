import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { feesPayerSchema } from '../mandates/mandate.schema';
import { dealTypeSchema } from '../pipeline/phases';
import { commissionSplitSchema } from '../commissions/commission-split';
import { amountInputSchema, basisPoints, centsSchema, percentSchema, share } from '../shared/money';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

/**
 * A deal: a sale or a rental from the accepted offer to the money. It records the offer's figures
 * and the steps to come, the fees and who pays them, the notary office, and the shares other
 * parties are owed; the split is computed when the fees are collected (commissions).
 */
export const DEAL_STAGES = ['accepted', 'preliminary', 'deed', 'cancelled'] as const;
export const dealStageSchema = z.enum(DEAL_STAGES);
export type DealStage = z.infer<typeof dealStageSchema>;

/** Who collects the fees: the agency invoices the payer, or the notary collects them at the deed. */
export const FEES_COLLECTORS = ['agency', 'notary'] as const;

export const notaryOfficeSchema = z.object({
  name: line(160),
  address: optionalLine(300),
  email: z.union([z.literal(''), z.email({ message: 'invalid email address' }).max(254)]).default(''),
});

export const dealFeesInputSchema = z.object({
  /** Typed in the currency excluding VAT (12 500,00), kept in cents. */
  net: amountInputSchema,
  vatPercent: percentSchema,
  paidBy: feesPayerSchema,
  collectedBy: z.enum(FEES_COLLECTORS),
});

/** The shares owed to others, which the split takes as inputs (partner, referral, ambassador). */
export const dealSharesSchema = z.object({
  partner: z
    .object({ name: line(160), percent: percentSchema })
    .nullable()
    .default(null),
  referral: z
    .object({ agentUid: uidSchema, name: line(160), percent: percentSchema })
    .nullable()
    .default(null),
  ambassador: z
    .object({
      name: line(160),
      reward: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('percent'), percent: percentSchema }),
        z.object({ kind: z.literal('amount'), amount: amountInputSchema }),
      ]),
    })
    .nullable()
    .default(null),
});

/** What a collaborator types to open a deal (by hand, or from an accepted offer). */
export const openDealInputSchema = z.object({
  /** Made once per form: a deal opened by hand takes it as its id, so a form sent twice opens one deal. */
  requestId: docIdSchema.refine((id) => !id.startsWith('offer-'), { message: 'offer- is for the deals of offers' }),
  dealType: dealTypeSchema,
  propertyId: docIdSchema,
  buyerContactId: docIdSchema,
  sellerContactId: docIdSchema.nullable(),
  offerId: docIdSchema.nullable().default(null),
  agentUid: uidSchema,
  /** The accepted price (sale) or monthly rent (rental). */
  price: amountInputSchema,
  /** The day the seller accepted (`2026-12-01`). */
  acceptedAt: calendarDateSchema,
  fees: dealFeesInputSchema,
  notary: notaryOfficeSchema.nullable().default(null),
  shares: dealSharesSchema.default({ partner: null, referral: null, ambassador: null }),
});
export type OpenDealInput = z.input<typeof openDealInputSchema>;
export type ValidOpenDealInput = z.output<typeof openDealInputSchema>;

/** The preliminary contract ("compromis", "promesse"): its date, the deposit and its conditions. */
export const preliminaryContractSchema = z.object({
  signedAt: calendarDateSchema,
  deposit: amountInputSchema,
  conditions: optionalLine(1000),
});

/** The fees of a deal as stored: excluding VAT, the rate, and including VAT. */
export const dealFeesSchema = z.object({
  netCents: centsSchema,
  vatPercent: percentSchema,
  grossCents: centsSchema,
  paidBy: feesPayerSchema,
  collectedBy: z.enum(FEES_COLLECTORS),
});
export type DealFees = z.infer<typeof dealFeesSchema>;

/** The fees including VAT, rounded half up to the cent. */
export const feesGrossCents = (netCents: number, vatPercent: number) =>
  netCents + share(netCents, basisPoints(vatPercent));

/** `tenants/{t}/deals/{id}`: written by functions only; the agent reads their own. */
export const dealSchema = z.object({
  id: docIdSchema,
  dealType: dealTypeSchema,
  stage: dealStageSchema,
  propertyId: docIdSchema,
  propertyTitle: z.string().max(200),
  buyerContactId: docIdSchema,
  buyerName: z.string().max(200),
  sellerContactId: docIdSchema.nullable(),
  sellerName: z.string().max(200).nullable(),
  offerId: docIdSchema.nullable(),
  agentUid: uidSchema,
  agentName: z.string().max(200),
  /** The agent's manager when the deal was opened: a manager reads their team's deals. */
  managerUid: uidSchema.nullable(),
  priceCents: centsSchema,
  acceptedAt: z.date(),
  preliminary: z.object({ signedAt: z.date(), depositCents: centsSchema, conditions: z.string().max(1000) }).nullable(),
  /** The planned date of the notarial deed until it is signed, then the day it was. */
  deedAt: z.date().nullable(),
  deedSigned: z.boolean(),
  fees: dealFeesSchema,
  notary: notaryOfficeSchema.nullable(),
  shares: z.object({
    partner: z.object({ name: z.string(), percent: z.number() }).nullable(),
    referral: z.object({ agentUid: uidSchema, name: z.string(), percent: z.number() }).nullable(),
    ambassador: z
      .object({
        name: z.string(),
        reward: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('percent'), percent: z.number() }),
          z.object({ kind: z.literal('amount'), cents: centsSchema }),
        ]),
      })
      .nullable(),
  }),
  /** Set when the fees are collected: when, and how they were split at that moment. */
  collectedAt: z.date().nullable(),
  split: commissionSplitSchema.nullable(),
  /** The plan the split followed, by name, for the screens. */
  planName: z.string().max(60).nullable(),
  /**
   * The commission invoice the agent's part is on, once the morning run put it on one (a draft, then
   * validated); null until then, and again if that draft is deleted. Each part is invoiced once.
   */
  commissionInvoiceId: docIdSchema.nullable().default(null),
  createdAt: z.date(),
  createdBy: uidSchema,
  updatedAt: z.date(),
});
export type Deal = z.infer<typeof dealSchema>;

/** A step of a deal after its opening, recorded by its agent or the agency (`deals-recordDealStep`). */
export const dealStepInputSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('preliminary'), preliminary: preliminaryContractSchema }),
  /** The day the deed is planned for. */
  z.object({ step: z.literal('deed-planned'), deedAt: calendarDateSchema }),
  /** The day the deed was signed: the sale (or the lease) is done. */
  z.object({ step: z.literal('deed-signed'), deedAt: calendarDateSchema }),
  z.object({ step: z.literal('cancel') }),
]);
export type DealStepInput = z.input<typeof dealStepInputSchema>;
export type DealStep = z.output<typeof dealStepInputSchema>;

export const recordDealStepInputSchema = z.object({ dealId: docIdSchema, change: dealStepInputSchema });
export type RecordDealStepInput = z.output<typeof recordDealStepInputSchema>;

/** The fees arrived (`deals-collectFees`): the day they did; the split is computed then. */
export const collectFeesInputSchema = z.object({ dealId: docIdSchema, collectedAt: calendarDateSchema });
export type CollectFeesInput = z.output<typeof collectFeesInputSchema>;

export const dealResultSchema = z.object({ dealId: docIdSchema });
export type DealResult = z.infer<typeof dealResultSchema>;
