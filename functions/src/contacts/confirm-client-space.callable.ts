import { confirmClientSpaceInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { confirmClientSpace } from './confirm-client-space.handler';

export const confirmClientSpaceCallable = callable(
  'contacts-confirmClientSpace',
  confirmClientSpaceInputSchema,
  (deps, caller) => confirmClientSpace(deps, caller),
);
