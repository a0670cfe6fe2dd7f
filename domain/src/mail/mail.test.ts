import { describe, expect, it } from 'vitest';
import { carriesSignInLink, isTransientMailError, retryDelayMs } from './mail.schema';

describe('mail delivery policy', () => {
  it('retries network failures and 4xx answers, not 5xx', () => {
    expect(isTransientMailError({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isTransientMailError({ responseCode: 421 })).toBe(true);
    expect(isTransientMailError({ responseCode: 550 })).toBe(false);
    expect(isTransientMailError({ code: 'EENVELOPE' })).toBe(false);
  });

  it('doubles the wait after each attempt', () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(4)).toBe(480_000);
  });

  it('marks the mails that carry a sign-in link', () => {
    expect(carriesSignInLink('client-invitation')).toBe(true);
    expect(carriesSignInLink('password-reset')).toBe(true);
    expect(carriesSignInLink('access-request')).toBe(false);
    expect(carriesSignInLink('access-decision')).toBe(false);
  });
});
