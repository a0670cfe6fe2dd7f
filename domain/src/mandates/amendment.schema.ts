import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { docIdSchema, uidSchema } from '../shared/text';
import {
  amendmentStatusSchema,
  durationMonthsSchema,
  MANDATE_AMOUNT_MAX,
  mandateDocumentSchema,
  mandateFeesSchema,
  type Mandate,
  type MandateFees,
} from './mandate.schema';

/**
 * An amendment ("avenant") changes a signed mandate's price, duration or fees. It is a document of its
 * own, sent for signature the same way (no register number: it is written under the mandate's), and
 * updates the mandate once signed. Only functions write amendments.
 */
export const amendmentChangesSchema = z
  .object({
    price: z.number().int().min(0).max(MANDATE_AMOUNT_MAX).nullable(),
    durationMonths: durationMonthsSchema.nullable(),
    fees: mandateFeesSchema.nullable(),
  })
  .refine((changes) => changes.price !== null || changes.durationMonths !== null || changes.fees !== null, {
    message: 'change at least one term',
  });
export type AmendmentChanges = z.infer<typeof amendmentChangesSchema>;

/** `mandates-saveAmendment`: a draft amendment of a signed mandate (`requestId` as for a mandate). */
export const saveAmendmentInputSchema = z.object({
  mandateId: docIdSchema,
  amendmentId: docIdSchema.nullable(),
  requestId: docIdSchema,
  changes: amendmentChangesSchema,
});
export type SaveAmendmentInput = z.infer<typeof saveAmendmentInputSchema>;
export const saveAmendmentResultSchema = z.object({ mandateId: z.string(), amendmentId: z.string() });
export type SaveAmendmentResult = z.infer<typeof saveAmendmentResultSchema>;

export const amendmentActionInputSchema = z.object({ mandateId: docIdSchema, amendmentId: docIdSchema });
export type AmendmentActionInput = z.infer<typeof amendmentActionInputSchema>;
export const amendmentActionResultSchema = z.object({ amendmentId: z.string(), status: amendmentStatusSchema });
export type AmendmentActionResult = z.infer<typeof amendmentActionResultSchema>;

/** The terms before the amendment, kept for the PDF and the history ("300 000 → 290 000"). */
export const amendmentBeforeSchema = z.object({
  price: z.number().int().min(0),
  durationMonths: z.number().int().min(1),
  fees: mandateFeesSchema,
});

/** `tenants/{tenantId}/amendments/{amendmentId}`: functions only; collaborators read. */
export const amendmentSchema = z.object({
  id: z.string(),
  mandateId: docIdSchema,
  propertyId: docIdSchema,
  /** 1 for the mandate's first amendment: "Avenant n° 1 au mandat n° 42". */
  sequence: z.number().int().min(1),
  changes: amendmentChangesSchema,
  before: amendmentBeforeSchema,
  status: amendmentStatusSchema,
  sendAttempt: z.number().int().min(0),
  signatureRequestId: z.string().nullable(),
  document: mandateDocumentSchema.nullable(),
  signedDocument: mandateDocumentSchema.nullable(),
  locale: localeSchema,
  createdBy: uidSchema,
  sentBy: uidSchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sentAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** The mandate's terms once an amendment is signed. */
export function applyAmendment(
  mandate: Pick<Mandate, 'price' | 'durationMonths' | 'fees'>,
  changes: AmendmentChanges,
): { price: number; durationMonths: number; fees: MandateFees } {
  return {
    price: changes.price ?? mandate.price,
    durationMonths: changes.durationMonths ?? mandate.durationMonths,
    fees: changes.fees ?? mandate.fees,
  };
}

/** `price 300000 → 290000; fees 15000 (mandator) → 12000 (mandator)`: the history line of an amendment. */
export function describeAmendment(before: z.infer<typeof amendmentBeforeSchema>, changes: AmendmentChanges): string {
  const parts: string[] = [];
  if (changes.price !== null) parts.push(`price ${before.price} → ${changes.price}`);
  if (changes.durationMonths !== null) parts.push(`duration ${before.durationMonths} → ${changes.durationMonths}`);
  if (changes.fees !== null) {
    parts.push(`fees ${before.fees.amount} (${before.fees.paidBy}) → ${changes.fees.amount} (${changes.fees.paidBy})`);
  }
  return parts.join('; ');
}
