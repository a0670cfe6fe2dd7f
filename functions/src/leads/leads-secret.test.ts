import { describe, expect, it } from 'vitest';
import { hashLeadsSecret, leadsSecretMatches, newLeadsSecret } from './leads-secret';

const at = new Date('2026-12-01T10:00:00Z');

describe('the portal leads secret', () => {
  it('is stored as its SHA-256 and a hint, never in clear', () => {
    const secret = newLeadsSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = hashLeadsSecret(secret, at, 'owner');
    expect(stored).toEqual({
      secretHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hint: secret.slice(-4),
      rotatedAt: at,
      rotatedBy: 'owner',
    });
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('matches the secret only, against its hash or a secret stored in clear before hashing', () => {
    const secret = newLeadsSecret();
    const hashed = hashLeadsSecret(secret, at, 'owner');
    expect(leadsSecretMatches(secret, hashed)).toBe(true);
    expect(leadsSecretMatches(`${secret}x`, hashed)).toBe(false);
    expect(leadsSecretMatches(hashed.secretHash, hashed)).toBe(false);
    expect(leadsSecretMatches('', hashed)).toBe(false);
    const plain = { secret, rotatedAt: at, rotatedBy: 'owner' };
    expect(leadsSecretMatches(secret, plain)).toBe(true);
    expect(leadsSecretMatches('wrong', plain)).toBe(false);
    expect(leadsSecretMatches(secret, null)).toBe(false);
    expect(leadsSecretMatches('', null)).toBe(false);
  });
});
