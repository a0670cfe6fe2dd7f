import { deleteEstimationContract } from '@estate/domain';
import { bucketFileStore } from '../files/file-store';
import { callable } from '../lib/callable';
import type { Deps } from '../lib/deps';
import { deleteEstimation } from './delete-estimation.handler';

export const deleteEstimationCallable = callable(deleteEstimationContract, (deps: Deps, caller, input) =>
  deleteEstimation({ ...deps, files: bucketFileStore() }, caller, input),
);
