import type { ReservationStatus } from '../reservations/reservation.schema';
import type { MarketingChannel, Month } from './marketing-channel.schema';
import type { ReportCounter } from './report-counter.schema';

/** The month (UTC) a moment falls in: reports count in UTC months. */
export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

/** The `count` months ending with the one `now` falls in, oldest first. */
export function lastMonths(now: Date, count: number): Month[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, index) => monthOf(new Date(Date.UTC(year, month - count + 1 + index, 1))));
}

/** A share rounded to the cent, or null when there is nothing to share it between or no cost known. */
function perUnit(cost: number | null, units: number): number | null {
  if (cost === null || units <= 0) return null;
  return Math.round((cost / units) * 100) / 100;
}

const positive = (value: number | undefined) => Math.max(0, value ?? 0);

function countersByMonth(counters: readonly ReportCounter[]): Map<Month, ReportCounter> {
  return new Map(counters.map((counter) => [counter.month, counter]));
}

export interface ChannelFigures {
  leads: number;
  reservations: number;
  sales: number;
  /** Null when no cost was entered for any of the months counted. */
  cost: number | null;
  costPerLead: number | null;
  costPerSale: number | null;
}

export interface ChannelReportRow extends ChannelFigures {
  channelId: string;
  channelName: string;
  month: Month;
}

export interface ChannelReport {
  /** One row per channel and month, channels in the order given, months oldest first. */
  rows: ChannelReportRow[];
  /** Each channel over all the months. */
  totals: (ChannelFigures & { channelId: string; channelName: string })[];
}

function figures(leads: number, reservations: number, sales: number, cost: number | null): ChannelFigures {
  return {
    leads,
    reservations,
    sales,
    cost,
    costPerLead: perUnit(cost, leads),
    costPerSale: perUnit(cost, sales),
  };
}

/** Leads, reservations and sales per channel and month (its origins added up), and what each cost. */
export function channelReport(
  channels: readonly MarketingChannel[],
  counters: readonly ReportCounter[],
  months: readonly Month[],
): ChannelReport {
  const byMonth = countersByMonth(counters);
  const rows: ChannelReportRow[] = [];
  const totals: ChannelReport['totals'] = [];
  for (const channel of channels) {
    const sum = { leads: 0, reservations: 0, sales: 0, cost: null as number | null };
    for (const month of months) {
      const counter = byMonth.get(month);
      const add = (values: Record<string, number> | undefined) =>
        channel.originIds.reduce((total, originId) => total + positive(values?.[originId]), 0);
      const leads = add(counter?.leads);
      const reservations = add(counter?.originReservations);
      const sales = add(counter?.originSales);
      const cost = channel.costs[month] ?? null;
      rows.push({
        channelId: channel.id,
        channelName: channel.name,
        month,
        ...figures(leads, reservations, sales, cost),
      });
      sum.leads += leads;
      sum.reservations += reservations;
      sum.sales += sales;
      if (cost !== null) sum.cost = (sum.cost ?? 0) + cost;
    }
    totals.push({
      channelId: channel.id,
      channelName: channel.name,
      ...figures(sum.leads, sum.reservations, sum.sales, sum.cost),
    });
  }
  return { rows, totals };
}

/** The statuses the reservations report shows, in this order. */
export const REPORTED_RESERVATION_STATUSES = [
  'active',
  'queued',
  'expired',
  'converted',
  'released',
  'cancelled',
] as const satisfies readonly ReservationStatus[];

export interface ReservationReportRow extends Record<ReservationStatus, number> {
  month: Month;
  projectId: string;
  projectName: string;
  total: number;
}

/** Reservations made each month per project, by the status they have now; months oldest first. */
export function reservationReport(
  counters: readonly ReportCounter[],
  months: readonly Month[],
): ReservationReportRow[] {
  const byMonth = countersByMonth(counters);
  return months.flatMap((month) => {
    const projects = byMonth.get(month)?.reservations ?? {};
    return Object.entries(projects)
      .map(([projectId, counts]) => {
        const statuses = Object.fromEntries(
          REPORTED_RESERVATION_STATUSES.map((status) => [status, positive(counts[status])]),
        ) as Record<ReservationStatus, number>;
        const total = REPORTED_RESERVATION_STATUSES.reduce((sum, status) => sum + statuses[status], 0);
        return { month, projectId, projectName: counts.projectName, ...statuses, total };
      })
      .filter((row) => row.total > 0)
      .sort((a, b) => a.projectName.localeCompare(b.projectName) || a.projectId.localeCompare(b.projectId));
  });
}

export interface SalesReportRow {
  month: Month;
  projectId: string;
  projectName: string;
  buildingId: string;
  buildingName: string;
  count: number;
  amount: number;
}

/** Offers paid each month per project and building (how many, for how much); months oldest first. */
export function salesReport(counters: readonly ReportCounter[], months: readonly Month[]): SalesReportRow[] {
  const byMonth = countersByMonth(counters);
  return months.flatMap((month) =>
    Object.entries(byMonth.get(month)?.sales ?? {})
      .map(([buildingId, sales]) => ({
        month,
        projectId: sales.projectId,
        projectName: sales.projectName,
        buildingId,
        buildingName: sales.buildingName,
        count: positive(sales.count),
        amount: positive(sales.amount),
      }))
      .filter((row) => row.count > 0)
      .sort(
        (a, b) =>
          a.projectName.localeCompare(b.projectName) ||
          a.buildingName.localeCompare(b.buildingName) ||
          a.buildingId.localeCompare(b.buildingId),
      ),
  );
}
