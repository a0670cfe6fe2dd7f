import { requestPasswordResetContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { requestPasswordReset } from './request-password-reset.handler';

export const requestPasswordResetCallable = callable(requestPasswordResetContract, (deps, _caller, input, meta) =>
  requestPasswordReset(deps, input, meta),
);
