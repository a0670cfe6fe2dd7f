import { confirmClientSpaceContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { confirmClientSpace } from './confirm-client-space.handler';

export const confirmClientSpaceCallable = callable(confirmClientSpaceContract, (deps, caller) =>
  confirmClientSpace(deps, caller),
);
