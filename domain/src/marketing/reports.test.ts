import { describe, expect, it } from 'vitest';
import type { MarketingChannel } from './marketing-channel.schema';
import { saveChannelInputSchema } from './marketing-channel.schema';
import { reportCounterSchema, type ReportCounter } from './report-counter.schema';
import { channelReport, lastMonths, monthOf, reservationReport, salesReport } from './reports';

const at = new Date('2026-03-01T00:00:00Z');

function channel(id: string, originIds: string[], costs: Record<string, number>): MarketingChannel {
  return { id, name: `Channel ${id}`, originIds, costs, createdAt: at, updatedAt: at, updatedBy: 'owner' };
}

function counter(month: string, fields: Partial<ReportCounter>): ReportCounter {
  return reportCounterSchema.parse({ month, updatedAt: at, ...fields });
}

describe('months', () => {
  it('counts in UTC months', () => {
    expect(monthOf(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01');
    expect(monthOf(new Date('2026-02-01T00:00:00Z'))).toBe('2026-02');
  });

  it('lists the last months oldest first, across a year', () => {
    expect(lastMonths(new Date('2026-02-15T12:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastMonths(new Date('2026-12-31T23:59:59Z'), 1)).toEqual(['2026-12']);
  });
});

describe('channelReport', () => {
  const counters = [
    counter('2026-01', {
      leads: { web: 6, portal: 2, word: 5 },
      originReservations: { web: 2, portal: 1 },
      originSales: { web: 1 },
    }),
    counter('2026-02', { leads: { web: 3 }, originReservations: {}, originSales: { portal: 2 } }),
  ];

  it('adds up the origins of a channel and divides its cost', () => {
    const report = channelReport([channel('ads', ['web', 'portal'], { '2026-01': 1600, '2026-02': 900 })], counters, [
      '2026-01',
      '2026-02',
    ]);
    expect(report.rows).toEqual([
      expect.objectContaining({
        month: '2026-01',
        leads: 8,
        reservations: 3,
        sales: 1,
        cost: 1600,
        costPerLead: 200,
        costPerSale: 1600,
      }),
      expect.objectContaining({
        month: '2026-02',
        leads: 3,
        reservations: 0,
        sales: 2,
        cost: 900,
        costPerLead: 300,
        costPerSale: 450,
      }),
    ]);
    expect(report.totals).toEqual([
      expect.objectContaining({
        leads: 11,
        reservations: 3,
        sales: 3,
        cost: 2500,
        costPerLead: 227.27,
        costPerSale: 833.33,
      }),
    ]);
  });

  it('leaves the cost per lead and per sale empty without a cost or without leads and sales', () => {
    const report = channelReport([channel('board', ['board'], { '2026-02': 300 })], counters, ['2026-01', '2026-02']);
    expect(report.rows.map((row) => [row.cost, row.costPerLead, row.costPerSale])).toEqual([
      [null, null, null],
      [300, null, null],
    ]);
    expect(report.totals[0]).toMatchObject({ leads: 0, cost: 300, costPerLead: null });
  });

  it('shows a figure whose decrement came first as 0, and a month without counter as zeros', () => {
    const report = channelReport(
      [channel('ads', ['web'], {})],
      [counter('2026-01', { leads: { web: -1 } })],
      ['2026-01', '2026-03'],
    );
    expect(report.rows.map((row) => row.leads)).toEqual([0, 0]);
  });
});

describe('reservationReport and salesReport', () => {
  const counters = [
    counter('2026-01', {
      reservations: {
        p2: { projectName: 'Zénith', active: 1, queued: 0, expired: 2, converted: 1, released: 0, cancelled: 0 },
        p1: { projectName: 'Azur', active: 0, queued: 0, expired: 0, converted: 0, released: 0, cancelled: 0 },
      },
      sales: {
        b2: { projectId: 'p1', projectName: 'Azur', buildingName: 'B', count: 1, amount: 250_000 },
        b1: { projectId: 'p1', projectName: 'Azur', buildingName: 'A', count: 2, amount: 410_000 },
      },
    }),
  ];

  it('lists the projects with reservations, by status and in total', () => {
    expect(reservationReport(counters, ['2026-01', '2026-02'])).toEqual([
      {
        month: '2026-01',
        projectId: 'p2',
        projectName: 'Zénith',
        active: 1,
        queued: 0,
        expired: 2,
        converted: 1,
        released: 0,
        cancelled: 0,
        total: 4,
      },
    ]);
  });

  it('lists sales per building, by project then building name', () => {
    expect(salesReport(counters, ['2026-01']).map((row) => [row.buildingName, row.count, row.amount])).toEqual([
      ['A', 2, 410_000],
      ['B', 1, 250_000],
    ]);
  });
});

describe('saveChannelInputSchema', () => {
  const valid = { channelId: 'ads', name: 'Google Ads', originIds: ['web'], costs: { '2026-01': 1200 } };

  it('accepts whole monthly costs keyed by month', () => {
    expect(saveChannelInputSchema.parse(valid).costs).toEqual({ '2026-01': 1200 });
  });

  it('refuses a malformed month, a negative or fractional cost, no origin or one twice', () => {
    for (const input of [
      { ...valid, costs: { '2026-13': 1 } },
      { ...valid, costs: { '2026-01': -5 } },
      { ...valid, costs: { '2026-01': 10.5 } },
      { ...valid, originIds: [] },
      { ...valid, originIds: ['web', 'web'] },
      { ...valid, name: ' ' },
    ]) {
      expect(saveChannelInputSchema.safeParse(input).success).toBe(false);
    }
  });
});
