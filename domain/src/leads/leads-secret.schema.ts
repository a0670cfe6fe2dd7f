import { z } from 'zod';

/** How many trailing characters of a secret the agency sees, to tell which one a portal holds. */
export const LEADS_SECRET_HINT_LENGTH = 4;

/**
 * `tenants/{tenantId}/secrets/leads`: what checks the `Authorization: Bearer <secret>` portals send.
 * Only the secret's SHA-256 is stored (it is 32 random bytes, so a fast hash is enough); the secret
 * itself is shown once, when leads-rotateSecret makes it.
 */
const hashedLeadsSecretSchema = z.object({
  /** SHA-256 of the secret, lower-case hex. */
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The secret's last characters (LEADS_SECRET_HINT_LENGTH). */
  hint: z.string().max(8),
  rotatedAt: z.date(),
  rotatedBy: z.string(),
});

/**
 * A secret stored in clear before hashing. It keeps working: leads-receivePortalLead compares it the
 * same way and replaces it by its hash the first time a portal uses it.
 */
const plainLeadsSecretSchema = z.object({
  secret: z.string().min(32),
  rotatedAt: z.date(),
  rotatedBy: z.string(),
});

export const leadsSecretSchema = z.union([hashedLeadsSecretSchema, plainLeadsSecretSchema]);
export type LeadsSecret = z.infer<typeof leadsSecretSchema>;
export type HashedLeadsSecret = z.infer<typeof hashedLeadsSecretSchema>;

/** `leads-rotateSecret` takes nothing: the caller's claims say which agency. */
export const rotateLeadsSecretInputSchema = z.union([z.null(), z.undefined(), z.strictObject({})], {
  error: 'this operation takes no input',
});
export type RotateLeadsSecretInput = z.infer<typeof rotateLeadsSecretInputSchema>;

export const rotateLeadsSecretResultSchema = z.object({
  /** The new secret, shown this once (only its hash is stored); the former one stops working at once. */
  secret: z.string(),
  /** Where the agency's portals post their leads. */
  endpoint: z.string(),
});
export type RotateLeadsSecretResult = z.infer<typeof rotateLeadsSecretResultSchema>;
