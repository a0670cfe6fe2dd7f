import { z } from 'zod';
import { emailSchema } from '../shared/text';

/** Asked from the sign-in screen of either app; the host tells which tenant brands the mail. */
export const requestPasswordResetInputSchema = z.object({
  email: emailSchema,
  host: z.string().trim().min(1).max(253),
  /** Only honoured by the emulator, as the `?tenant=` override. */
  tenantId: z.string().max(64).optional(),
});
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInputSchema>;
