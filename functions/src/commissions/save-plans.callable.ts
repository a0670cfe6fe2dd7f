import { saveCommissionPlansContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveCommissionPlans } from './save-plans.handler';

export const saveCommissionPlansCallable = callable(saveCommissionPlansContract, saveCommissionPlans);
