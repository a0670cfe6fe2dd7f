import { z } from 'zod';
import { docIdSchema } from '../shared/text';
import { agreementKindSchema } from './agreement-template.schema';

/** ДДУ/ДКП/ДУПТ go to the bank (escrow or credit), come back approved, are signed, then registered (Росреестр). */
export const AGREEMENT_STATUSES = ['draft', 'sentToBank', 'approvedByBank', 'signed', 'registered'] as const;
export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;

/** The status that follows `status`, or null once registered. */
export function nextAgreementStatus(status: AgreementStatus): AgreementStatus | null {
  return AGREEMENT_STATUSES[AGREEMENT_STATUSES.indexOf(status) + 1] ?? null;
}

/** One step of an agreement: the status it reached, when and by whom (generation is the `draft` step). */
export const agreementStepSchema = z.object({
  status: agreementStatusSchema,
  at: z.date(),
  by: z.string().min(1).max(128),
  byName: z.string().max(200),
});
export type AgreementStep = z.infer<typeof agreementStepSchema>;

/**
 * `tenants/{t}/agreements/{agreementId}`: an agreement generated for a booking, one per booking and kind
 * (`{bookingId}_{kind}`). It keeps a copy of who signs and under which power, so later edits to the
 * signatory do not change what was printed. Written only by agreements-generateAgreement and
 * agreements-advanceAgreement; the PDF is a private file (kind `agreement`).
 */
export const agreementSchema = z.object({
  id: docIdSchema,
  kind: agreementKindSchema,
  title: z.string().max(200),
  bookingId: z.string().min(1).max(64),
  unitId: z.string().min(1).max(64),
  projectId: z.string().min(1).max(64),
  unitNumber: z.string().max(20),
  contactId: z.string().min(1).max(64),
  contactName: z.string().max(200),
  price: z.number().int().min(0),
  signatory: z.object({
    id: z.string().min(1).max(64),
    name: z.string().max(160),
    position: z.string().max(160),
    powerNumber: z.string().max(60),
    powerValidUntil: z.date(),
  }),
  status: agreementStatusSchema,
  steps: z.array(agreementStepSchema),
  document: z.object({ storagePath: z.string().max(500), fileName: z.string().max(200), size: z.number().int() }),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** One agreement per booking and kind: a retried or repeated generation finds it again. */
export function agreementIdOf(bookingId: string, kind: z.infer<typeof agreementKindSchema>): string {
  return `${bookingId}_${kind}`;
}

export const generateAgreementInputSchema = z.object({
  // Short enough for `{bookingId}_{kind}` to stay an id a file address accepts (docIdSchema, 64).
  bookingId: docIdSchema.refine((id) => id.length <= 58, { message: 'invalid identifier' }),
  kind: agreementKindSchema,
  signatoryId: docIdSchema,
});
export type GenerateAgreementInput = z.infer<typeof generateAgreementInputSchema>;

export const generateAgreementResultSchema = z.object({
  agreementId: z.string(),
  /** False when a draft of this booking and kind already existed and was rendered again in place. */
  created: z.boolean(),
});

export const advanceAgreementInputSchema = z.object({
  agreementId: docIdSchema,
  /** The status it moves to: the one after its current status (a stale screen is refused). */
  to: agreementStatusSchema,
});
export type AdvanceAgreementInput = z.infer<typeof advanceAgreementInputSchema>;

export const advanceAgreementResultSchema = z.object({ status: agreementStatusSchema });
