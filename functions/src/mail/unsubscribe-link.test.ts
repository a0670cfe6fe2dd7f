import { describe, expect, it } from 'vitest';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-link';

describe('unsubscribe tokens', () => {
  const secret = 'a-long-random-secret';

  it('verify for the tenant and contact they were made for', () => {
    const token = unsubscribeToken(secret, 'tenant-1', 'contact-1');
    expect(verifyUnsubscribeToken(secret, 'tenant-1', 'contact-1', token)).toBe(true);
  });

  it('refuse another contact, another tenant, another secret or a tampered token', () => {
    const token = unsubscribeToken(secret, 'tenant-1', 'contact-1');
    expect(verifyUnsubscribeToken(secret, 'tenant-1', 'contact-2', token)).toBe(false);
    expect(verifyUnsubscribeToken(secret, 'tenant-2', 'contact-1', token)).toBe(false);
    expect(verifyUnsubscribeToken('another-secret', 'tenant-1', 'contact-1', token)).toBe(false);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyUnsubscribeToken(secret, 'tenant-1', 'contact-1', tampered)).toBe(false);
    expect(verifyUnsubscribeToken(secret, 'tenant-1', 'contact-1', '')).toBe(false);
  });

  it('cannot be shifted between tenant and contact ids', () => {
    expect(unsubscribeToken(secret, 'ab', 'c')).not.toBe(unsubscribeToken(secret, 'a', 'bc'));
  });
});
