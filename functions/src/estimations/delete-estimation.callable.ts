import { deleteEstimationContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteEstimation } from './delete-estimation.handler';

export const deleteEstimationCallable = callable(deleteEstimationContract, deleteEstimation);
