import { z } from 'zod';
import { reservationKindSchema, type ReservationKind } from '../projects/unit.schema';
import { docIdSchema, uidSchema } from '../shared/text';
import { durationSchema } from './reservation-settings.schema';

export { RESERVATION_KINDS, reservationKindSchema, type ReservationKind } from '../projects/unit.schema';

/**
 * active: the client holds priority on the unit until `until`; queued: an offline client waits for the
 * active one to end ("очередь"); released: ended by staff handing the unit back (a sale moved on);
 * expired: the term ran out (reservations-releaseDue); cancelled: by staff or the client;
 * converted: became a booking (an offer paid, a later step).
 */
export const RESERVATION_STATUSES = ['active', 'queued', 'released', 'expired', 'cancelled', 'converted'] as const;
export const reservationStatusSchema = z.enum(RESERVATION_STATUSES);
export type ReservationStatus = z.infer<typeof reservationStatusSchema>;

/** Statuses that still count: the unit's holder and its queue. */
export const OPEN_RESERVATION_STATUSES = ['active', 'queued'] as const satisfies readonly ReservationStatus[];

/** Kinds staff give a client (online is the client's own, from the client app). */
export const STAFF_RESERVATION_KINDS = ['offline', 'mortgage'] as const satisfies readonly ReservationKind[];

/** One extension of an active reservation: who moved `until`, from when to when. */
export const reservationExtensionSchema = z.object({
  at: z.date(),
  by: uidSchema,
  byName: z.string().max(200),
  from: z.date(),
  to: z.date(),
});
export type ReservationExtension = z.infer<typeof reservationExtensionSchema>;

/**
 * `tenants/{t}/reservations/{reservationId}`: a client's priority on a unit. Written only by the
 * reservations functions, which keep the unit's `status` and `hold` in the same transaction. The id is
 * the caller's request id, so a retried call finds what it created.
 */
export const reservationSchema = z.object({
  id: docIdSchema,
  unitId: docIdSchema,
  projectId: docIdSchema,
  buildingId: docIdSchema,
  /** Copied at creation so lists and mails name the unit without reading it. */
  unitNumber: z.string().max(20),
  projectName: z.string().max(120),
  buildingName: z.string().max(80),
  contactId: docIdSchema,
  contactName: z.string().max(200),
  kind: reservationKindSchema,
  status: reservationStatusSchema,
  /** When the client's priority began (null while queued). */
  start: z.date().nullable(),
  /** When it ends (null while queued). */
  until: z.date().nullable(),
  /** Queued offline reservations only: the order they joined (1, 2, …; gaps remain when one leaves). */
  queuePosition: z.number().int().min(1).nullable(),
  queuedAt: z.date().nullable(),
  /** The staff member, or the client's account for an online reservation. */
  createdBy: uidSchema,
  createdByName: z.string().max(200),
  extensions: z.array(reservationExtensionSchema),
  /** When it left `active`/`queued`, and who ended it ('system' for an expiry). */
  endedAt: z.date().nullable(),
  endedBy: uidSchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Reservation = z.infer<typeof reservationSchema>;

/** `tenants/{t}/reservationQueues/{unitId}`: the unit's queued reservation ids, first first. */
export const reservationQueueSchema = z.object({
  unitId: docIdSchema,
  reservationIds: z.array(docIdSchema),
  /** The position the next one to join gets. */
  nextPosition: z.number().int().min(1),
  updatedAt: z.date(),
});
export type ReservationQueue = z.infer<typeof reservationQueueSchema>;

/** `tenants/{t}/reservationClients/{contactId}`: the client's active and queued reservation ids. */
export const reservationClientSchema = z.object({
  contactId: docIdSchema,
  reservationIds: z.array(docIdSchema),
  updatedAt: z.date(),
});
export type ReservationClient = z.infer<typeof reservationClientSchema>;

// --- callables' inputs and outputs ---

export const reserveUnitInputSchema = z.object({
  /** The reservation's id: a retried call answers what the first created. */
  requestId: docIdSchema,
  unitId: docIdSchema,
  kind: reservationKindSchema,
  /** Staff name the client; a client reserving for themselves sends null. */
  contactId: docIdSchema.nullable().default(null),
});
export type ReserveUnitInput = z.input<typeof reserveUnitInputSchema>;
export type ValidReserveUnitInput = z.output<typeof reserveUnitInputSchema>;

export const joinQueueInputSchema = z.object({
  requestId: docIdSchema,
  unitId: docIdSchema,
  contactId: docIdSchema,
});
export type JoinQueueInput = z.input<typeof joinQueueInputSchema>;

export const cancelReservationInputSchema = z.object({ reservationId: docIdSchema });
export type CancelReservationInput = z.input<typeof cancelReservationInputSchema>;

export const extendReservationInputSchema = z.object({
  reservationId: docIdSchema,
  by: durationSchema,
});
export type ExtendReservationInput = z.input<typeof extendReservationInputSchema>;

export const reservationResultSchema = z.object({
  reservationId: z.string(),
  status: reservationStatusSchema,
  until: z.iso.datetime().nullable(),
  queuePosition: z.number().int().nullable(),
});
export type ReservationResult = z.infer<typeof reservationResultSchema>;

export function reservationResult(reservation: Reservation): ReservationResult {
  return {
    reservationId: reservation.id,
    status: reservation.status,
    until: reservation.until?.toISOString() ?? null,
    queuePosition: reservation.queuePosition,
  };
}
