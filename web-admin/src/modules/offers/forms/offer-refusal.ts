import { TRACFIN_MISSING } from '@estate/domain';
import { z } from 'zod';

/** What a `tracfin-incomplete` refusal of offers-registerOffer names: the buyer and what their file lacks. */
const tracfinRefusalSchema = z.object({
  reason: z.literal('tracfin-incomplete'),
  contactId: z.string(),
  missing: z.array(z.enum(TRACFIN_MISSING)).min(1),
});
export type TracfinRefusal = z.infer<typeof tracfinRefusalSchema>;

export function tracfinRefusalOf(error: unknown): TracfinRefusal | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const parsed = tracfinRefusalSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** The refusal's reason, for the module's own sentence (`offers.refusals.*`); `generic` when there is none. */
export function refusalKey(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'details' in error) {
    const details = (error as { details?: { reason?: unknown } }).details;
    if (typeof details?.reason === 'string') return details.reason;
  }
  return 'generic';
}
