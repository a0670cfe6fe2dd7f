import { z } from 'zod';
import { docIdSchema } from '../shared/text';
import { dealTypeSchema, phaseSchema } from './phases';

/** How an interest began: linked by hand, a listing portal's lead, a history action, or matching. */
export const INTEREST_SOURCES = ['manual', 'portal', 'history', 'matching'] as const;
export const interestSourceSchema = z.enum(INTEREST_SOURCES);
export type InterestSource = z.infer<typeof interestSourceSchema>;

/** `interests/{contactId}_{propertyId}`: one interest per contact and property, found without a query. */
export function interestId(contactId: string, propertyId: string): string {
  return `${contactId}_${propertyId}`;
}

/**
 * `tenants/{tenantId}/interests/{contactId}_{propertyId}`: a contact's interest in a property and its
 * commercialisation phase. Written only by functions (`pipeline-*`, `leads-receivePortalLead`).
 */
export const interestSchema = z.object({
  contactId: z.string(),
  propertyId: z.string(),
  propertyReference: z.string(),
  dealType: dealTypeSchema,
  phase: phaseSchema,
  /** When the interest entered its phase. */
  phaseSince: z.date(),
  /** When the event that set the phase happened: an older event never overrides a newer one. */
  phaseSourceAt: z.date(),
  /** Milliseconds spent in each past phase (a phase left and re-entered adds up). */
  phaseDurations: z.record(z.string(), z.number().min(0)).default({}),
  /** The contact's assigned agent, who is told of phase changes; kept in step by contacts-onContactWritten. */
  agentUid: z.string(),
  /** The contact's `managerUid`: in "own" visibility the rules let that manager read the interest. */
  managerUid: z.string().nullable().default(null),
  /** The contact's `sharedWithUids`: in "own" visibility the colleagues it is shared with read it too. */
  sharedWithUids: z.array(z.string()).default([]),
  contactName: z.string(),
  source: interestSourceSchema.default('manual'),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Interest = z.infer<typeof interestSchema>;

/** `pipeline-linkContact`: links a contact to a property, optionally in a chosen first phase. */
export const linkContactInputSchema = z.object({
  contactId: docIdSchema,
  propertyId: docIdSchema,
  phase: phaseSchema.nullable().default(null),
});
export type LinkContactInput = z.infer<typeof linkContactInputSchema>;

export const linkContactResultSchema = z.object({
  interestId: z.string(),
  /** False when the contact was already linked: nothing changed. */
  created: z.boolean(),
});
export type LinkContactResult = z.infer<typeof linkContactResultSchema>;

/** `pipeline-movePhase`: moves an interest by hand; a remark in the history says who moved it where. */
export const movePhaseInputSchema = z.object({
  contactId: docIdSchema,
  propertyId: docIdSchema,
  phase: phaseSchema,
});
export type MovePhaseInput = z.infer<typeof movePhaseInputSchema>;

export const movePhaseResultSchema = z.object({
  /** False when the interest already was in that phase (a retried call): nothing was written. */
  moved: z.boolean(),
  /** The remark written in the history, in the tenant's language. */
  remark: z.string().nullable(),
});
export type MovePhaseResult = z.infer<typeof movePhaseResultSchema>;
