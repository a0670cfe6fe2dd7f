import { TRACFIN_MISSING, type TracfinMissing } from '@estate/domain';
import { z } from 'zod';

const tracfinRefusalSchema = z.object({
  reason: z.literal('tracfin-incomplete'),
  missing: z.array(z.enum(TRACFIN_MISSING)).min(1),
});

/**
 * What a `tracfin-incomplete` refusal of pipeline-movePhase or pipeline-linkContact says is missing
 * (its `details.missing`), null for any other error.
 */
export function tracfinMissingOf(error: unknown): TracfinMissing[] | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const parsed = tracfinRefusalSchema.safeParse(error.details);
  return parsed.success ? parsed.data.missing : null;
}
