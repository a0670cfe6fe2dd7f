import { z } from 'zod';

/** `contacts-confirmClientSpace` takes nothing: the caller's claims say which contact it is. */
export const confirmClientSpaceInputSchema = z.union([z.null(), z.undefined(), z.strictObject({})], {
  error: 'this operation takes no input',
});
export type ConfirmClientSpaceInput = z.infer<typeof confirmClientSpaceInputSchema>;
