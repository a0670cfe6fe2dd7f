import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASHFLOW_SETTINGS, FORECAST_STAGES, forecastCashflow, type ForecastSource } from './cashflow-forecast';

const now = new Date('2026-12-07T10:00:00Z');
const source = (overrides: Partial<ForecastSource>): ForecastSource => ({
  id: 'd1',
  label: 'Vente Martin',
  feesCents: 1_000_000,
  stage: 'offer',
  stageAt: now,
  ...overrides,
});

describe('forecastCashflow', () => {
  it('gives twelve months from the current one, in the tenant’s time zone', () => {
    const months = forecastCashflow([], DEFAULT_CASHFLOW_SETTINGS, now).map((month) => month.month);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-12');
    expect(months[1]).toBe('2027-01');
    expect(months[11]).toBe('2027-11');
    // 31 December 23:30 UTC is already January in Paris.
    expect(forecastCashflow([], DEFAULT_CASHFLOW_SETTINGS, new Date('2026-12-31T23:30:00Z'))[0]!.month).toBe('2027-01');
  });

  it('places each stage at the deed the tenant’s delays project, in its colour', () => {
    const months = forecastCashflow(
      [
        // 14 + 30 + 120 days after 7 December: 20 May.
        source({ id: 'offer', stage: 'offer' }),
        // 30 + 120 days: 6 May.
        source({ id: 'accepted', stage: 'accepted', feesCents: 500_000 }),
        // 120 days after 1 November: 1 March.
        source({ id: 'preliminary', stage: 'preliminary', stageAt: new Date('2026-11-01T10:00:00Z') }),
        // A deed signed, its invoice not collected: this month.
        source({ id: 'deed', stage: 'deed', stageAt: new Date('2026-12-01T10:00:00Z'), feesCents: 250_000 }),
      ],
      DEFAULT_CASHFLOW_SETTINGS,
      now,
    );
    const byMonth = Object.fromEntries(months.map((month) => [month.month, month]));
    expect(byMonth['2027-05']!.totals).toEqual({ expected: 1_500_000, preliminary: 0, invoiced: 0 });
    expect(byMonth['2027-05']!.entries.map((entry) => entry.id)).toEqual(['accepted', 'offer']);
    expect(byMonth['2027-03']!.totals).toEqual({ expected: 0, preliminary: 1_000_000, invoiced: 0 });
    expect(byMonth['2026-12']!.totals).toEqual({ expected: 0, preliminary: 0, invoiced: 250_000 });
  });

  it('brings what is late into the current month and leaves out what falls after the last', () => {
    const months = forecastCashflow(
      [
        source({ id: 'late', stage: 'preliminary', stageAt: new Date('2026-01-15T10:00:00Z') }),
        source({ id: 'far', stage: 'offer', stageAt: new Date('2027-10-01T10:00:00Z') }),
      ],
      DEFAULT_CASHFLOW_SETTINGS,
      now,
    );
    expect(months[0]!.entries.map((entry) => [entry.id, entry.expectedAt])).toEqual([['late', now]]);
    expect(months.flatMap((month) => month.entries).map((entry) => entry.id)).toEqual(['late']);
  });

  it('follows the tenant’s delays', () => {
    const quick = { offerToAcceptedDays: 0, acceptedToPreliminaryDays: 0, preliminaryToDeedDays: 0 };
    expect(forecastCashflow([source({ stage: 'offer' })], quick, now)[0]!.totals.expected).toBe(1_000_000);
  });

  it('counts each source once at most, and its bars add up to the entries behind them', () => {
    const sourceArb = fc.record({
      id: fc.uuid(),
      label: fc.constant('Deal'),
      feesCents: fc.integer({ min: 0, max: 10_000_000 }),
      stage: fc.constantFrom(...FORECAST_STAGES),
      stageAt: fc.date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2028-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(sourceArb, { maxLength: 30, selector: (entry) => entry.id }), (sources) => {
        const months = forecastCashflow(sources, DEFAULT_CASHFLOW_SETTINGS, now);
        const entries = months.flatMap((month) => month.entries);
        expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
        for (const month of months) {
          for (const bucket of ['expected', 'preliminary', 'invoiced'] as const) {
            const sum = month.entries
              .filter((entry) => entry.bucket === bucket)
              .reduce((total, entry) => total + entry.feesCents, 0);
            expect(month.totals[bucket]).toBe(sum);
          }
          for (const entry of month.entries) expect(entry.expectedAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
        }
      }),
    );
  });
});
