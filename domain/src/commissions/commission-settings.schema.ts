import { z } from 'zod';
import { centsSchema } from '../shared/money';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { docIdSchema, uidSchema } from '../shared/text';
import { commissionPlanInputSchema, DEFAULT_COMMISSION_PLANS } from './commission-plan.schema';

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

/** A plan's id: lower-case letters, digits and dashes (`acteur`, `expert-2027`). */
export const commissionPlanIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lower-case letters, digits and dashes' });

export const COMMISSION_PLANS_MAX = 20;

/** Settings › Commissions (`commissions-savePlans`): every plan of the agency and the default one. */
export const saveCommissionPlansInputSchema = z
  .object({
    plans: z
      .array(commissionPlanInputSchema.extend({ id: commissionPlanIdSchema }))
      .min(1, { message: 'at least one plan' })
      .max(COMMISSION_PLANS_MAX, { message: `at most ${COMMISSION_PLANS_MAX} plans` }),
    defaultPlanId: commissionPlanIdSchema,
  })
  .superRefine((input, context) => {
    const ids = new Set<string>();
    input.plans.forEach((plan, index) => {
      if (ids.has(plan.id)) context.addIssue({ code: 'custom', path: ['plans', index, 'id'], message: 'used twice' });
      ids.add(plan.id);
    });
    if (!ids.has(input.defaultPlanId)) {
      context.addIssue({ code: 'custom', path: ['defaultPlanId'], message: 'not one of the plans' });
    }
  });
export type SaveCommissionPlansInput = z.output<typeof saveCommissionPlansInputSchema>;

/** A collaborator's plan from now on (`commissions-assignPlan`): their history gains it, with its day. */
export const assignCommissionPlanInputSchema = z.object({ uid: uidSchema, planId: commissionPlanIdSchema });
export type AssignCommissionPlanInput = z.output<typeof assignCommissionPlanInputSchema>;

/** The agency's plans as Settings shows them: its own, or the ones a network starts with. */
export function commissionPlansOf(settings: Pick<CommissionSettings, 'plans' | 'defaultPlanId'> | null): {
  plans: (z.output<typeof commissionPlanInputSchema> & { id: string })[];
  defaultPlanId: string;
} {
  const plans = settings?.plans ?? DEFAULT_COMMISSION_PLANS;
  const list = Object.entries(plans).map(([id, plan]) => ({ id, ...plan }));
  return {
    plans: list,
    defaultPlanId: settings?.defaultPlanId ?? (plans.acteur ? 'acteur' : (list[0]?.id ?? 'acteur')),
  };
}
