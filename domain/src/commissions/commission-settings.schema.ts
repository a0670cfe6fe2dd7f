import { z } from 'zod';
import { centsSchema } from '../shared/money';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { docIdSchema, uidSchema } from '../shared/text';
import { commissionPlanInputSchema } from './commission-plan.schema';

/**
 * `tenants/{t}/settings/commissions` (functions only): the agency's plans by id and the one a
 * collaborator without a plan of their own is paid by. Missing: the plans a network starts with.
 */
export const commissionSettingsSchema = z.object({
  plans: z.record(docIdSchema, commissionPlanInputSchema),
  defaultPlanId: docIdSchema.nullable(),
  updatedAt: z.date(),
});
export type CommissionSettings = z.infer<typeof commissionSettingsSchema>;

/** `tenants/{t}/commissionAgents/{uid}` (functions only): a collaborator's plan and the plans before it. */
export const commissionAgentSchema = z.object({
  uid: uidSchema,
  planId: docIdSchema,
  history: z.array(z.object({ planId: docIdSchema, from: z.date(), by: uidSchema })),
  updatedAt: z.date(),
});
export type CommissionAgent = z.infer<typeof commissionAgentSchema>;

/**
 * `tenants/{t}/commissionTurnovers/{uid}_{year}` (functions only): the fees an agent brought in a
 * year (excluding VAT, less the partners' shares), which the tiers of their plan read.
 */
export const commissionTurnoverSchema = z.object({
  uid: uidSchema,
  year: z.number().int(),
  cents: centsSchema,
  updatedAt: z.date(),
});
export type CommissionTurnover = z.infer<typeof commissionTurnoverSchema>;

export const commissionTurnoverId = (uid: string, year: number) => `${uid}_${year}`;

export const commissionSettingsModel = defineModel({
  kind: 'commission settings',
  schema: commissionSettingsSchema,
  path: paths.commissionSettings,
});
export const commissionAgentModel = defineModel({
  kind: 'commission agent',
  schema: commissionAgentSchema,
  path: paths.commissionAgent,
});
export const commissionTurnoverModel = defineModel({
  kind: 'commission turnover',
  schema: commissionTurnoverSchema,
  path: paths.commissionTurnover,
});
