import { z } from 'zod';

/** `tenants/{tenantId}/secrets/leads`: what portals send as `Authorization: Bearer <secret>`. */
export const leadsSecretSchema = z.object({
  secret: z.string().min(32),
  rotatedAt: z.date(),
  rotatedBy: z.string(),
});
export type LeadsSecret = z.infer<typeof leadsSecretSchema>;

/** `leads-rotateSecret` takes nothing: the caller's claims say which agency. */
export const rotateLeadsSecretInputSchema = z.union([z.null(), z.undefined(), z.strictObject({})], {
  error: 'this operation takes no input',
});
export type RotateLeadsSecretInput = z.infer<typeof rotateLeadsSecretInputSchema>;

export interface RotateLeadsSecretResult {
  /** The new secret; the former one stops working at once. */
  secret: string;
  /** Where the agency's portals post their leads. */
  endpoint: string;
}
