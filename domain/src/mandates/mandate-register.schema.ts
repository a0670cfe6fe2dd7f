import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { dealTypeSchema } from '../pipeline/phases';
import { docIdSchema, uidSchema } from '../shared/text';
import { feesPayerSchema, mandateKindSchema, type MandateStatus } from './mandate.schema';

/**
 * The register of mandates (décret n° 72-678, art. 72): one per tenant, chronological and continuous.
 * A mandate takes the next number when it is first sent for signature, so the number is printed on
 * every copy signed; a line is never deleted or renumbered (kept ten years), and follows its mandate's
 * status (`declined`, `expired`… keep their line, marked so). Functions only; collaborators read.
 */
export const REGISTER_STATUSES = ['sent', 'signed', 'declined', 'expired', 'cancelled', 'ended'] as const;
export const registerStatusSchema = z.enum(REGISTER_STATUSES);
export type RegisterStatus = z.infer<typeof registerStatusSchema>;

/** How long lines are kept (décret n° 72-678, art. 53: registers are kept ten years). */
export const REGISTER_KEEP_YEARS = 10;

/** `tenants/{tenantId}/mandateRegister/{000042}` */
export const registerLineSchema = z.object({
  number: z.number().int().min(1),
  mandateId: docIdSchema,
  propertyId: docIdSchema,
  propertyReference: z.string(),
  propertyAddress: z.string(),
  kind: mandateKindSchema,
  dealType: dealTypeSchema,
  /** The mandators' names, as the mandate names its signers. */
  mandators: z.array(z.string()).min(1),
  agentUid: uidSchema,
  price: z.number().int().min(0),
  feesAmount: z.number().int().min(0),
  feesPaidBy: feesPayerSchema,
  startDate: z.date(),
  endDate: z.date(),
  status: registerStatusSchema,
  /** When the number was given (the mandate was sent for signature). */
  registeredAt: z.date(),
  signedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  /** Signed amendments, as `Avenant 1: price 300000 → 290000`, the register's observations column. */
  observations: z.array(z.string().max(600)).max(100),
  updatedAt: z.date(),
});
export type RegisterLine = z.infer<typeof registerLineSchema>;

/** The register's status after its mandate moved: a draft or sending has no line yet. */
export function registerStatusOf(status: MandateStatus): RegisterStatus | null {
  return status === 'draft' || status === 'sending' ? null : status;
}

/** `counters/mandates`: the last register number given. */
export const mandateCounterSchema = z.object({ last: z.number().int().min(0).default(0) });
export type MandateCounter = z.infer<typeof mandateCounterSchema>;

/** The register page's filters; every combination is served by an index (firestore.indexes.json). */
export const registerFilterSchema = z.object({
  status: registerStatusSchema.nullable(),
  kind: mandateKindSchema.nullable(),
  agentUid: uidSchema.nullable(),
  from: calendarDateSchema.nullable(),
  to: calendarDateSchema.nullable(),
});
export type RegisterFilter = z.infer<typeof registerFilterSchema>;

/** The most lines one export carries (a register of more exports by date ranges). */
export const REGISTER_EXPORT_MAX_LINES = 5000;

/** `mandates-exportRegister`: the register as a PDF, for the page's filters. */
export const exportRegisterResultSchema = z.object({
  fileName: z.string(),
  /** The PDF's bytes, base64. */
  contentBase64: z.string(),
  lines: z.number().int().min(0),
});
export type ExportRegisterResult = z.infer<typeof exportRegisterResultSchema>;
