import { z } from 'zod';
import { RESERVATION_STATUSES, type ReservationStatus } from '../reservations/reservation.schema';
import { monthSchema } from './marketing-channel.schema';

/**
 * A counter moved by events; a decrement may land before its increment (events arrive in any order),
 * so a figure may be briefly negative and is shown as at least 0.
 */
const count = z.number().int().default(0);

const reservationCountsSchema = z.object({
  projectName: z.string().max(120).default(''),
  ...(Object.fromEntries(RESERVATION_STATUSES.map((status) => [status, count])) as Record<
    ReservationStatus,
    typeof count
  >),
});
export type ReservationCounts = z.infer<typeof reservationCountsSchema>;

const buildingSalesSchema = z.object({
  projectId: z.string().max(64).default(''),
  projectName: z.string().max(120).default(''),
  buildingName: z.string().max(80).default(''),
  count,
  /** The paid offers' final prices added up, whole currency units. */
  amount: count,
});
export type BuildingSales = z.infer<typeof buildingSalesSchema>;

/**
 * `tenants/{t}/reportCounters/{YYYY-MM}`: what happened in a month, kept by the marketing triggers so
 * a report reads one document per month. Keyed by origin id: contacts created with that origin
 * (`leads`), reservations made for them (`originReservations`), offers paid by them (`originSales`);
 * by project: reservations made that month, by their status now; by building: offers paid that month.
 */
export const reportCounterSchema = z.object({
  month: monthSchema,
  leads: z.record(z.string(), count).default({}),
  originReservations: z.record(z.string(), count).default({}),
  originSales: z.record(z.string(), count).default({}),
  reservations: z.record(z.string(), reservationCountsSchema).default({}),
  sales: z.record(z.string(), buildingSalesSchema).default({}),
  updatedAt: z.date(),
});
export type ReportCounter = z.infer<typeof reportCounterSchema>;
