import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payoutPeriod, previousPayoutPeriod } from './payout-period';

describe('payout periods', () => {
  it('names ISO weeks from Monday to Sunday, with the year of their Thursday', () => {
    expect(payoutPeriod('weekly', new Date('2026-12-07T10:00:00Z'))).toEqual({
      key: '2026-W50',
      start: '2026-12-07',
      end: '2026-12-14',
    });
    // Sunday 3 January 2027 still belongs to week 53 of 2026.
    expect(payoutPeriod('weekly', new Date('2027-01-03T10:00:00Z')).key).toBe('2026-W53');
    expect(payoutPeriod('weekly', new Date('2027-01-04T10:00:00Z')).key).toBe('2027-W01');
    // Monday 29 December 2025 starts week 1 of 2026.
    expect(payoutPeriod('weekly', new Date('2025-12-29T10:00:00Z')).key).toBe('2026-W01');
  });

  it('counts days in the tenant’s time zone: Sunday 23:30 UTC is Monday in Paris', () => {
    expect(payoutPeriod('weekly', new Date('2026-12-13T23:30:00Z')).key).toBe('2026-W51');
    expect(payoutPeriod('weekly', new Date('2026-12-13T23:30:00Z'), 'UTC').key).toBe('2026-W50');
    expect(payoutPeriod('monthly', new Date('2026-11-30T23:30:00Z')).key).toBe('2026-12');
  });

  it('names months and their bounds', () => {
    expect(payoutPeriod('monthly', new Date('2026-12-07T10:00:00Z'))).toEqual({
      key: '2026-12',
      start: '2026-12-01',
      end: '2027-01-01',
    });
  });

  it('gives the period just before, whose end is the current one’s start', () => {
    expect(previousPayoutPeriod('weekly', new Date('2027-01-04T08:00:00Z')).key).toBe('2026-W53');
    expect(previousPayoutPeriod('monthly', new Date('2027-01-01T08:00:00Z')).key).toBe('2026-12');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('weekly' as const, 'monthly' as const),
        (at, rhythm) => {
          const current = payoutPeriod(rhythm, at);
          const previous = previousPayoutPeriod(rhythm, at);
          expect(previous.end).toBe(current.start);
          expect(previous.key < current.key).toBe(true);
          expect(current.start <= current.end).toBe(true);
        },
      ),
    );
  });
});
