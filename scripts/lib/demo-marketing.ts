// The demo's advertising channels ("рекламные каналы") with their costs over the last months, and the
// figures of the months before this one as if the office had run since then: leads per origin, their
// reservations and sales, reservations per status and sales per building of the programme. This month's
// figures are the triggers' own, counted from what the seed writes (contacts, reservations, offers).
import {
  lastMonths,
  marketingChannelModel,
  paths,
  type Building,
  type MarketingChannel,
  type Month,
  type Origin,
  type Project,
  type ReservationStatus,
} from '@estate/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';
import { countOnce } from '../../functions/src/marketing/count-report-events.handler';

/** How many months back the demo's history goes (this month excluded). */
const HISTORY_MONTHS = 6;

/** The channels by the label of the origin each brings, with a base monthly cost in euros. */
const CHANNELS = [
  { id: 'demo-channel-ads', name: 'Annonces en ligne', origin: 'Site web', cost: 2_400 },
  { id: 'demo-channel-portals', name: 'Portails immobiliers', origin: 'Portail immobilier', cost: 3_100 },
  { id: 'demo-channel-boards', name: 'Panneaux de chantier', origin: 'Panneau', cost: 650 },
] as const;

/** Per origin label: leads, reservations and sales in a month, varied by the month's index. */
const ACTIVITY: Record<string, (index: number) => { leads: number; reservations: number; sales: number }> = {
  'Site web': (index) => ({ leads: 14 + ((index * 5) % 9), reservations: 3 + (index % 3), sales: 1 + (index % 2) }),
  'Portail immobilier': (index) => ({
    leads: 22 + ((index * 7) % 11),
    reservations: 4 + (index % 4),
    sales: 1 + ((index + 1) % 3),
  }),
  Panneau: (index) => ({ leads: 4 + (index % 3), reservations: index % 2, sales: index % 4 === 0 ? 1 : 0 }),
  'Bouche-à-oreille': (index) => ({ leads: 6 + (index % 4), reservations: 2, sales: index % 2 }),
};

export interface DemoMonthFigures {
  month: Month;
  leads: Record<string, number>;
  originReservations: Record<string, number>;
  originSales: Record<string, number>;
  reservations: Partial<Record<ReservationStatus, number>>;
  /** Per building id: the offers paid and their prices added up. */
  sales: Record<string, { count: number; amount: number }>;
}

export function demoMarketing(
  now: Date,
  origins: readonly Origin[],
  buildings: readonly Pick<Building, 'id'>[],
): { channels: MarketingChannel[]; history: DemoMonthFigures[] } {
  const idOf = (label: string) => origins.find((origin) => origin.label === label)?.id;
  const months = lastMonths(now, HISTORY_MONTHS + 1);
  const history = months.slice(0, -1).map((month, index): DemoMonthFigures => {
    const figures: DemoMonthFigures = {
      month,
      leads: {},
      originReservations: {},
      originSales: {},
      reservations: {},
      sales: {},
    };
    let reserved = 0;
    let sold = 0;
    for (const [label, activity] of Object.entries(ACTIVITY)) {
      const originId = idOf(label);
      if (!originId) continue;
      const { leads, reservations, sales } = activity(index);
      figures.leads[originId] = leads;
      figures.originReservations[originId] = reservations;
      figures.originSales[originId] = sales;
      reserved += reservations;
      sold += sales;
    }
    // Older reservations have all ended: those paid became offers, the others expired or were let go.
    const released = Math.min(1, reserved - sold);
    const cancelled = Math.min(1, reserved - sold - released);
    figures.reservations = { converted: sold, released, cancelled, expired: reserved - sold - released - cancelled };
    buildings.forEach((building, place) => {
      const count = place === 0 ? Math.ceil(sold / 2) : Math.floor(sold / 2);
      if (count > 0) figures.sales[building.id] = { count, amount: count * (285_000 + place * 40_000 + index * 3_500) };
    });
    return figures;
  });
  const channels = CHANNELS.flatMap((channel): MarketingChannel[] => {
    const originId = idOf(channel.origin);
    if (!originId) return [];
    const costs = Object.fromEntries(months.map((month, index) => [month, channel.cost + ((index * 137) % 5) * 50]));
    return [
      {
        id: channel.id,
        name: channel.name,
        originIds: [originId],
        costs,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'demo',
      },
    ];
  });
  return { channels, history };
}

export async function seedDemoMarketing(
  db: Firestore,
  tenantId: string,
  args: {
    origins: readonly Origin[];
    project: Pick<Project, 'id' | 'name'>;
    buildings: readonly Pick<Building, 'id' | 'name'>[];
    ownerUid: string;
    now: Date;
  },
): Promise<void> {
  const { channels, history } = demoMarketing(args.now, args.origins, args.buildings);
  const converter = converterOf(marketingChannelModel);
  for (const channel of channels) {
    await db
      .doc(paths.marketingChannel(tenantId, channel.id))
      .withConverter(converter)
      .set({ ...channel, updatedBy: args.ownerUid });
  }
  const add = (value: number) => FieldValue.increment(value);
  const each = (values: Record<string, number>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, add(value)]));
  for (const figures of history) {
    // Counted once under a key of its own, like any event: a second seed adds nothing.
    await countOnce({ db, now: () => args.now }, tenantId, `demo-history-${figures.month}`, figures.month, {
      leads: each(figures.leads),
      originReservations: each(figures.originReservations),
      originSales: each(figures.originSales),
      reservations: { [args.project.id]: { projectName: args.project.name, ...each(figures.reservations) } },
      sales: Object.fromEntries(
        Object.entries(figures.sales).map(([buildingId, sales]) => [
          buildingId,
          {
            projectId: args.project.id,
            projectName: args.project.name,
            buildingName: args.buildings.find((building) => building.id === buildingId)?.name ?? '',
            count: add(sales.count),
            amount: add(sales.amount),
          },
        ]),
      ),
    });
  }
}
