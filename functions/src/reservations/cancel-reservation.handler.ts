import {
  reservationResult,
  type CancelReservationInput,
  type Reservation,
  type ReservationResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import {
  endActiveReservation,
  readClient,
  readQueue,
  readReservationCaller,
  readReservationSettings,
  reservationRef,
  writeClient,
  writeQueue,
  writeReservationEntry,
} from './reservation-store';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Cancels an active or queued reservation: staff cancel any of their tenant's, a client their own.
 * An active one frees the unit or hands it to the first in its queue with a fresh term (told by mail,
 * as is the client's manager); the client is mailed when staff cancelled, the manager when the client
 * did. A queued one leaves the queue. Cancelling a cancelled reservation again answers it as it is.
 */
export async function cancelReservation(
  deps: Deps,
  caller: Caller,
  input: CancelReservationInput,
): Promise<ReservationResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const who = await readReservationCaller(db, tx, caller);
    const tenantId = who.tenantId;
    const reservation = (await tx.get(reservationRef(db, tenantId, input.reservationId))).data();
    if (!reservation || (who.kind === 'client' && reservation.contactId !== who.contactId)) {
      throw new Refusal('not-found', 'This reservation does not exist.', 'reservation-not-found');
    }
    if (reservation.status === 'cancelled') return { reservation, promoted: null, done: false };
    if (reservation.status !== 'active' && reservation.status !== 'queued') {
      throw new Refusal('failed-precondition', 'This reservation has already ended.', 'reservation-closed');
    }
    const [tenant, settings] = await Promise.all([
      readTenant(db, tx, tenantId),
      readReservationSettings(db, tx, tenantId),
    ]);
    if (reservation.status === 'active') {
      const promoted = await endActiveReservation(db, tx, deps.links, {
        tenant,
        settings,
        reservation,
        status: 'cancelled',
        by: who.uid,
        mailClient: who.kind === 'staff',
        mailAgent: who.kind === 'client',
        now,
      });
      const cancelled: Reservation = {
        ...reservation,
        status: 'cancelled',
        endedAt: now,
        endedBy: who.uid,
        updatedAt: now,
      };
      return { reservation: cancelled, promoted, done: true };
    }
    const [queue, client] = await Promise.all([
      readQueue(db, tx, tenantId, reservation.unitId, now),
      readClient(db, tx, tenantId, reservation.contactId, now),
    ]);
    const cancelled: Reservation = {
      ...reservation,
      status: 'cancelled',
      endedAt: now,
      endedBy: who.uid,
      updatedAt: now,
    };
    tx.set(reservationRef(db, tenantId, reservation.id), cancelled);
    writeQueue(db, tx, tenantId, {
      ...queue,
      reservationIds: queue.reservationIds.filter((id) => id !== reservation.id),
      updatedAt: now,
    });
    writeClient(db, tx, tenantId, {
      ...client,
      reservationIds: client.reservationIds.filter((id) => id !== reservation.id),
      updatedAt: now,
    });
    writeReservationEntry(db, tx, tenant, { reservation: cancelled, event: 'cancelled', authorUid: who.uid, now });
    return { reservation: cancelled, promoted: null, done: true };
  });
  if (outcome.done) {
    const { reservation, promoted } = outcome;
    const tenantId = caller.claims?.tenantId ?? '';
    reservationsLog.ended(tenantId, reservation.id, 'cancelled', caller.uid);
    if (promoted) reservationsLog.promoted(tenantId, promoted.id, promoted.unitId);
  }
  return reservationResult(outcome.reservation);
}
