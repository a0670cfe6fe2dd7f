import { recordDealStepContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { recordDealStep } from './record-deal-step.handler';

export const recordDealStepCallable = callable(recordDealStepContract, recordDealStep);
