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

export const rotateLeadsSecretResultSchema = z.object({
  /** The new secret; the former one stops working at once. */
  secret: z.string(),
  /** Where the agency's portals post their leads. */
  endpoint: z.string(),
});
export type RotateLeadsSecretResult = z.infer<typeof rotateLeadsSecretResultSchema>;
