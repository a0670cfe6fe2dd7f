import type { Unit } from '../projects/unit.schema';
import type { Reservation, ReservationKind } from './reservation.schema';
import { durationMs, type Duration, type ReservationSettings } from './reservation-settings.schema';

type Settings = Pick<ReservationSettings, 'terms' | 'maxPerClient' | 'maxExtension'>;

/** When a reservation of `kind` started at `start` ends: the tenant's term for that kind. */
export function reservationUntil(kind: ReservationKind, settings: Pick<Settings, 'terms'>, start: Date): Date {
  return new Date(start.getTime() + durationMs(settings.terms[kind]));
}

export type ReserveRefusal = 'unit-reserved' | 'unit-not-available' | 'client-limit-reached';

/**
 * Whether a client may take `unit` now: it must be free with nobody holding it, and the client must
 * hold fewer open (active or queued) reservations than the tenant allows.
 */
export function reserveRefusal(
  unit: Pick<Unit, 'status' | 'hold'>,
  clientOpenCount: number,
  settings: Pick<Settings, 'maxPerClient'>,
): ReserveRefusal | null {
  if (unit.hold !== null || unit.status === 'reserved') return 'unit-reserved';
  if (unit.status !== 'free') return 'unit-not-available';
  if (clientOpenCount >= settings.maxPerClient) return 'client-limit-reached';
  return null;
}

export type JoinQueueRefusal = 'unit-free' | 'unit-not-available' | 'already-holder' | 'already-queued';

/**
 * Whether a client may join the unit's queue: only behind an active offline-reservable hold, not
 * twice, and not behind themselves. The client limit is checked as for a reservation.
 */
export function joinQueueRefusal(
  unit: Pick<Unit, 'status' | 'hold'>,
  contactId: string,
  queuedContactIds: readonly string[],
): JoinQueueRefusal | null {
  if (unit.hold === null) return unit.status === 'free' ? 'unit-free' : 'unit-not-available';
  if (unit.hold.contactId === contactId) return 'already-holder';
  if (queuedContactIds.includes(contactId)) return 'already-queued';
  return null;
}

/** How much a reservation was extended past its first term, in ms. */
export function extendedMs(reservation: Pick<Reservation, 'extensions'>): number {
  return reservation.extensions.reduce(
    (total, extension) => total + (extension.to.getTime() - extension.from.getTime()),
    0,
  );
}

export type ExtendRefusal = 'reservation-not-active' | 'reservation-expired' | 'extension-needs-approval';

/**
 * Whether staff may push an active reservation's end by `by` without approval: every extension of it
 * together stays within the tenant's `maxExtension`. An expired one (past `until`) is not revived.
 */
export function extendRefusal(
  reservation: Pick<Reservation, 'status' | 'until' | 'extensions'>,
  by: Duration,
  settings: Pick<Settings, 'maxExtension'>,
  now: Date,
): ExtendRefusal | null {
  if (reservation.status !== 'active' || reservation.until === null) return 'reservation-not-active';
  if (reservation.until.getTime() <= now.getTime()) return 'reservation-expired';
  if (extendedMs(reservation) + durationMs(by) > durationMs(settings.maxExtension)) return 'extension-needs-approval';
  return null;
}

/** The expiry job's test: still active and its end reached. */
export function isDue(reservation: Pick<Reservation, 'status' | 'until'>, now: Date): boolean {
  return reservation.status === 'active' && reservation.until !== null && reservation.until.getTime() <= now.getTime();
}

/** Queue order: by the position taken when joining, then by id so equal positions still have one order. */
export function compareQueued(
  a: Pick<Reservation, 'queuePosition' | 'id'>,
  b: Pick<Reservation, 'queuePosition' | 'id'>,
): number {
  const byPosition = (a.queuePosition ?? Number.MAX_SAFE_INTEGER) - (b.queuePosition ?? Number.MAX_SAFE_INTEGER);
  return byPosition !== 0 ? byPosition : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The queued reservation that gets the unit when the active one ends, or null for an empty queue. */
export function nextInQueue<R extends Pick<Reservation, 'queuePosition' | 'id' | 'status'>>(
  reservations: readonly R[],
): R | null {
  const queued = reservations.filter((reservation) => reservation.status === 'queued').sort(compareQueued);
  return queued[0] ?? null;
}

/**
 * The first in the queue taking the unit at `now`: active from now, for a fresh offline term (queues
 * exist only for offline reservations).
 */
export function promoted(reservation: Reservation, settings: Pick<Settings, 'terms'>, now: Date): Reservation {
  return {
    ...reservation,
    status: 'active',
    start: now,
    until: reservationUntil(reservation.kind, settings, now),
    queuePosition: null,
    updatedAt: now,
  };
}

/** What is left of a reservation's term at `now`, in whole minutes (0 once due). */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(0, Math.floor((until.getTime() - now.getTime()) / 60_000));
}
