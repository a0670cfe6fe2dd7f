import { LEADS_SECRET_HINT_LENGTH, type HashedLeadsSecret, type LeadsSecret } from '@estate/domain';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A new secret: 32 random bytes, base64url, nothing to guess and safe in a header. */
export function newLeadsSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret: its SHA-256 and its last characters, never the secret. */
export function hashLeadsSecret(secret: string, rotatedAt: Date, rotatedBy: string): HashedLeadsSecret {
  return {
    secretHash: sha256(secret).toString('hex'),
    hint: secret.slice(-LEADS_SECRET_HINT_LENGTH),
    rotatedAt,
    rotatedBy,
  };
}

/**
 * Whether the bearer a portal sent is the agency's secret. Both sides are compared as SHA-256 digests
 * in constant time, so neither the secret's length nor the first differing byte shows in the timing;
 * a secret stored in clear (before hashing) is digested here the same way. No stored secret, or an
 * empty bearer, never matches, after the same comparison.
 */
export function leadsSecretMatches(given: string, stored: LeadsSecret | null): boolean {
  const expected =
    stored === null ? null : 'secretHash' in stored ? Buffer.from(stored.secretHash, 'hex') : sha256(stored.secret);
  const equal = timingSafeEqual(sha256(given), expected?.length === 32 ? expected : Buffer.alloc(32));
  return expected !== null && given !== '' && equal;
}
