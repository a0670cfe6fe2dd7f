import { assignCommissionPlanContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { assignCommissionPlan } from './assign-plan.handler';

export const assignCommissionPlanCallable = callable(assignCommissionPlanContract, assignCommissionPlan);
