import { z } from 'zod';

export const DURATION_UNITS = ['hours', 'days'] as const;
export const durationUnitSchema = z.enum(DURATION_UNITS);
export type DurationUnit = z.infer<typeof durationUnitSchema>;

const DURATION_MAX_HOURS = 24 * 365;

/** A term as sales offices set it: a whole number of hours or days, up to a year. */
export const durationSchema = z
  .object({
    amount: z.number({ message: 'a number' }).int({ message: 'a whole number' }).min(1, { message: 'at least 1' }),
    unit: durationUnitSchema,
  })
  .refine((duration) => durationHours(duration) <= DURATION_MAX_HOURS, {
    message: 'at most a year',
    path: ['amount'],
  });
export type Duration = z.infer<typeof durationSchema>;

export function durationHours(duration: { amount: number; unit: DurationUnit }): number {
  return duration.unit === 'days' ? duration.amount * 24 : duration.amount;
}

export function durationMs(duration: Duration): number {
  return durationHours(duration) * 3_600_000;
}

export const RESERVATIONS_PER_CLIENT_MAX = 20;

/** What Settings › Reservations edits. */
export const reservationSettingsInputSchema = z.object({
  /** How long each kind of reservation holds the unit. */
  terms: z.object({ online: durationSchema, offline: durationSchema, mortgage: durationSchema }),
  /** Active and queued reservations one client may hold at once. */
  maxPerClient: z
    .number({ message: 'a number' })
    .int({ message: 'a whole number' })
    .min(1, { message: 'at least 1' })
    .max(RESERVATIONS_PER_CLIENT_MAX, { message: `at most ${RESERVATIONS_PER_CLIENT_MAX}` }),
  /** How far past its first term staff may extend a reservation; beyond, the head of sales approves. */
  maxExtension: durationSchema,
});
export type ReservationSettingsInput = z.input<typeof reservationSettingsInputSchema>;
export type ValidReservationSettingsInput = z.output<typeof reservationSettingsInputSchema>;

/** `tenants/{t}/settings/reservations`, written by reservations-saveSettings (owner and admin). */
export const reservationSettingsSchema = reservationSettingsInputSchema.extend({
  updatedAt: z.date(),
  updatedBy: z.string().max(128),
});
export type ReservationSettings = z.infer<typeof reservationSettingsSchema>;

/** What applies while a tenant has not saved its own: a day online, three days at the office, two weeks for a mortgage. */
export const DEFAULT_RESERVATION_SETTINGS: z.output<typeof reservationSettingsInputSchema> = {
  terms: {
    online: { amount: 24, unit: 'hours' },
    offline: { amount: 3, unit: 'days' },
    mortgage: { amount: 14, unit: 'days' },
  },
  maxPerClient: 2,
  maxExtension: { amount: 2, unit: 'days' },
};

export const saveReservationSettingsResultSchema = z.object({ saved: z.literal(true) });
