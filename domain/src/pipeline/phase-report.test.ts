import { describe, expect, it } from 'vitest';
import { durationParts, phaseReport, type ReportedInterest } from './phase-report';
import { RENTAL_PHASES, SALE_PHASES } from './phases';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-03-10T12:00:00Z');

function interest(changes: Partial<ReportedInterest>): ReportedInterest {
  return {
    propertyId: 'p1',
    propertyReference: 'V-00001',
    dealType: 'sale',
    phase: 'request-received',
    phaseSince: new Date(now.getTime() - DAY),
    phaseDurations: {},
    agentUid: 'alice',
    ...changes,
  };
}

const interests: ReportedInterest[] = [
  interest({
    phase: 'first-visit',
    phaseSince: new Date(now.getTime() - 2 * DAY),
    phaseDurations: { 'request-received': 4 * DAY },
  }),
  interest({ phase: 'request-received', phaseSince: new Date(now.getTime() - 6 * DAY) }),
  interest({
    propertyId: 'p2',
    propertyReference: 'V-00002',
    agentUid: 'bob',
    phase: 'first-visit',
    phaseSince: new Date(now.getTime() - 4 * DAY),
    phaseDurations: { 'request-received': 2 * DAY, 'documentation-sent': DAY },
  }),
  interest({
    propertyId: 'p3',
    propertyReference: 'L-00001',
    dealType: 'rental',
    agentUid: 'bob',
    phase: 'solvency-check',
    phaseSince: new Date(now.getTime() - HOUR),
    phaseDurations: { 'first-visit': 3 * DAY },
  }),
];

describe('phaseReport', () => {
  it('counts phases per property and per agent for one deal type', () => {
    const report = phaseReport(interests, now, { dealType: 'sale' });
    expect(report.phases).toEqual([...SALE_PHASES]);
    expect(report.total).toBe(3);
    expect(report.byProperty).toEqual([
      { key: 'p1', label: 'V-00001', counts: { 'first-visit': 1, 'request-received': 1 }, total: 2 },
      { key: 'p2', label: 'V-00002', counts: { 'first-visit': 1 }, total: 1 },
    ]);
    expect(report.byAgent).toEqual([
      { key: 'alice', label: 'alice', counts: { 'first-visit': 1, 'request-received': 1 }, total: 2 },
      { key: 'bob', label: 'bob', counts: { 'first-visit': 1 }, total: 1 },
    ]);
  });

  it('averages past stays from phaseDurations and current stays from phaseSince', () => {
    const report = phaseReport(interests, now, { dealType: 'sale' });
    expect(report.timings['request-received']).toEqual({
      averageMs: 3 * DAY,
      completed: 2,
      currentAverageMs: 6 * DAY,
      currentMaxMs: 6 * DAY,
      current: 1,
    });
    expect(report.timings['first-visit']).toEqual({
      averageMs: null,
      completed: 0,
      currentAverageMs: 3 * DAY,
      currentMaxMs: 4 * DAY,
      current: 2,
    });
    expect(report.timings.negotiation).toEqual({
      averageMs: null,
      completed: 0,
      currentAverageMs: null,
      currentMaxMs: null,
      current: 0,
    });
  });

  it('filters by agent and by rental, with the rental columns', () => {
    const rental = phaseReport(interests, now, { dealType: 'rental' });
    expect(rental.phases).toEqual([...RENTAL_PHASES]);
    expect(rental.byProperty).toEqual([{ key: 'p3', label: 'L-00001', counts: { 'solvency-check': 1 }, total: 1 }]);
    expect(rental.timings['first-visit']?.averageMs).toBe(3 * DAY);
    const bob = phaseReport(interests, now, { agentUid: 'bob' });
    expect(bob.total).toBe(2);
    expect(bob.byAgent).toHaveLength(1);
    expect(bob.phases.at(-1)).toBe('cancelled');
    expect(bob.phases).toContain('solvency-check');
    expect(bob.phases).toContain('negotiation');
    expect(new Set(bob.phases).size).toBe(bob.phases.length);
  });

  it('gives an empty report with the sale columns when nothing matches', () => {
    const report = phaseReport([], now);
    expect(report).toMatchObject({ total: 0, byProperty: [], byAgent: [] });
    expect(report.phases).toEqual([...SALE_PHASES]);
  });

  it('never counts a negative current stay (a clock ahead of the device)', () => {
    const report = phaseReport([interest({ phaseSince: new Date(now.getTime() + HOUR) })], now);
    expect(report.timings['request-received']?.currentAverageMs).toBe(0);
  });
});

describe('durationParts', () => {
  it('splits into days, hours and minutes', () => {
    expect(durationParts(3 * DAY + 4 * HOUR + 5 * 60_000 + 999)).toEqual({ days: 3, hours: 4, minutes: 5 });
  });
});
