import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { assignCommissionPlanInputSchema, saveCommissionPlansInputSchema } from './commission-settings.schema';

export const saveCommissionPlansContract = defineCallable({
  name: 'commissions-savePlans',
  access: 'signed-in',
  input: saveCommissionPlansInputSchema,
  output: z.object({ saved: z.literal(true) }),
  refusals: ['actor-not-active', 'not-staff', 'not-team-manager', 'plan-in-use'],
});

export const assignCommissionPlanContract = defineCallable({
  name: 'commissions-assignPlan',
  access: 'signed-in',
  input: assignCommissionPlanInputSchema,
  output: z.object({ saved: z.literal(true) }),
  refusals: [
    'actor-not-active',
    'not-staff',
    'not-team-manager',
    'member-not-found',
    'not-collaborator',
    'plan-not-found',
  ],
});
