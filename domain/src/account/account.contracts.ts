import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { requestPasswordResetInputSchema } from './password-reset.schema';

/** Always the same answer, whether or not the address has an account here. */
export const requestPasswordResetResultSchema = z.object({ ok: z.literal(true) });
export type RequestPasswordResetResult = z.infer<typeof requestPasswordResetResultSchema>;

export const requestPasswordResetContract = defineCallable({
  name: 'account-requestPasswordReset',
  access: 'public',
  input: requestPasswordResetInputSchema,
  output: requestPasswordResetResultSchema,
  refusals: ['tenant-not-found', 'too-many-requests'],
});
