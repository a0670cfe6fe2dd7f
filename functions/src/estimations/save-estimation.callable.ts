import { saveEstimationContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveEstimation } from './save-estimation.handler';

export const saveEstimationCallable = callable(saveEstimationContract, saveEstimation);
