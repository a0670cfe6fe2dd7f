import { channelReport, marketingChannelSchema, reportCounterSchema, salesReport } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_ORIGINS } from './demo-agency';
import { demoMarketing } from './demo-marketing';

describe('demo marketing', () => {
  const now = new Date('2026-03-10T09:00:00Z');
  const { channels, history } = demoMarketing(now, DEMO_ORIGINS, [{ id: 'a' }, { id: 'b' }]);

  it('are channels the app reads, each bringing an origin of the demo and costed every month shown', () => {
    expect(channels.map((channel) => channel.name)).toEqual([
      'Annonces en ligne',
      'Portails immobiliers',
      'Panneaux de chantier',
    ]);
    for (const channel of channels) {
      expect(marketingChannelSchema.parse(channel)).toEqual(channel);
      expect(Object.keys(channel.costs)).toEqual([
        '2025-09',
        '2025-10',
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
      ]);
      for (const id of channel.originIds) expect(DEMO_ORIGINS.map((origin) => origin.id)).toContain(id);
    }
  });

  it('gives the months before this one figures that add up, so every report shows a cost per lead and sales', () => {
    expect(history.map((figures) => figures.month)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const counters = history.map((figures) =>
      reportCounterSchema.parse({
        month: figures.month,
        leads: figures.leads,
        originReservations: figures.originReservations,
        originSales: figures.originSales,
        reservations: { p: { projectName: 'Prado', ...figures.reservations } },
        sales: Object.fromEntries(
          Object.entries(figures.sales).map(([id, sales]) => [id, { projectId: 'p', ...sales }]),
        ),
        updatedAt: now,
      }),
    );
    for (const figures of history) {
      const reserved = Object.values(figures.originReservations).reduce((sum, value) => sum + value, 0);
      const statuses = Object.values(figures.reservations).reduce((sum, value) => sum + value, 0);
      const sold = Object.values(figures.sales).reduce((sum, sales) => sum + sales.count, 0);
      expect(statuses).toBe(reserved);
      expect(sold).toBe(figures.reservations.converted);
      expect(Object.values(figures.reservations).every((value) => value >= 0)).toBe(true);
    }
    const report = channelReport(
      channels,
      counters,
      history.map((figures) => figures.month),
    );
    for (const total of report.totals) {
      expect(total.costPerLead).toBeGreaterThan(0);
      expect(total.sales).toBeGreaterThan(0);
    }
    expect(salesReport(counters, ['2026-02']).length).toBeGreaterThan(0);
  });
});
