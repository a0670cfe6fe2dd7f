import { describe, expect, it } from 'vitest';
import { QUOTA_LIMITS, quotaAllows, quotaSubject, quotaWindow, retryAfterSeconds } from './quotas';

describe('quota windows', () => {
  it('put every instant of an hour in the same window, and the next hour in the next one', () => {
    const first = quotaWindow(new Date('2026-12-06T10:00:00.000Z'), 3600);
    expect(quotaWindow(new Date('2026-12-06T10:59:59.999Z'), 3600)).toEqual(first);
    expect(first.startsAt.toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(first.endsAt.toISOString()).toBe('2026-12-06T11:00:00.000Z');
    expect(quotaWindow(new Date('2026-12-06T11:00:00.000Z'), 3600).index).toBe(first.index + 1);
  });

  it('refuse a window that is not whole positive seconds', () => {
    expect(() => quotaWindow(new Date(), 0)).toThrow();
    expect(() => quotaWindow(new Date(), 1.5)).toThrow();
  });

  it('say how long to wait, rounded up, at least one second', () => {
    const window = quotaWindow(new Date('2026-12-06T10:00:00Z'), 3600);
    expect(retryAfterSeconds(new Date('2026-12-06T10:00:00Z'), window)).toBe(3600);
    expect(retryAfterSeconds(new Date('2026-12-06T10:59:59.200Z'), window)).toBe(1);
    expect(retryAfterSeconds(new Date('2026-12-06T11:00:00Z'), window)).toBe(1);
  });

  it('allow the n-th use and refuse the next', () => {
    expect(quotaAllows(2, 3)).toBe(true);
    expect(quotaAllows(3, 3)).toBe(false);
  });

  it('count an address whatever its case, a caller as given', () => {
    expect(quotaSubject('password-reset-address', ' Boss@Agency.FR ')).toBe('boss@agency.fr');
    expect(quotaSubject('access-request-caller', 'UidAbC')).toBe('UidAbC');
  });

  it('keep every limit positive, over whole-second windows', () => {
    for (const { limit, windowSeconds } of Object.values(QUOTA_LIMITS)) {
      expect(limit).toBeGreaterThan(0);
      expect(Number.isInteger(windowSeconds)).toBe(true);
    }
  });
});
