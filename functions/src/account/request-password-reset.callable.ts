import { requestPasswordResetInputSchema } from '@estate/domain';
import { publicCallable } from '../lib/callable';
import { requestPasswordReset } from './request-password-reset.handler';

export const requestPasswordResetCallable = publicCallable(
  'account-requestPasswordReset',
  requestPasswordResetInputSchema,
  (deps, _caller, input) => requestPasswordReset(deps, input),
);
