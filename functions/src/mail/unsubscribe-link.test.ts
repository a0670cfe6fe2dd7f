import { describe, expect, it } from 'vitest';
import { unsubscribeToken, verifyUnsubscribeToken, unsubscribeEndpoint } from './unsubscribe-link';

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

describe('unsubscribeEndpoint', () => {
  it("answers on the emulator's own port, which the launcher writes per local suite", () => {
    const emulator = { FUNCTIONS_EMULATOR: 'true', GCLOUD_PROJECT: 'demo-estate' };
    expect(unsubscribeEndpoint(emulator)).toBe('http://127.0.0.1:5001/demo-estate/europe-west1/mail-unsubscribe');
    expect(unsubscribeEndpoint({ ...emulator, LOCAL_FUNCTIONS_ORIGIN: 'http://127.0.0.1:15001' })).toBe(
      'http://127.0.0.1:15001/demo-estate/europe-west1/mail-unsubscribe',
    );
  });

  it("is the region's functions host when deployed", () => {
    expect(unsubscribeEndpoint({ GCLOUD_PROJECT: 'agency', LOCAL_FUNCTIONS_ORIGIN: 'http://127.0.0.1:15001' })).toBe(
      'https://europe-west1-agency.cloudfunctions.net/mail-unsubscribe',
    );
  });
});
