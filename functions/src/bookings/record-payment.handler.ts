import {
  bookingResult,
  formatReservationTime,
  paymentRefusal,
  type Booking,
  type BookingResult,
  type Reservation,
  type ReservationClient,
  type ValidRecordPaymentInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readInventoryEditor } from '../projects/inventory-store';
import {
  readClient,
  readQueue,
  readUnit,
  reservationRef,
  unitRef,
  writeClient,
  writeQueue,
} from '../reservations/reservation-store';
import { bookingRef, readBooking, writeBookingEntry, writePaidUnitEntry } from './booking-store';
import { bookingsLog } from './bookings.log';
import { runTransaction } from '../lib/transactions';

/**
 * Records the payment of an offer in one transaction: the offer `paid`; the unit at the offer's price,
 * `priceFixed`, `booked`, held by nobody; the client's active reservation on it `converted`; the unit's
 * queued reservations `released` (the unit will not come free again) and its queue emptied; one unit
 * history entry and one client history entry. Owner, admin and managers record it (money and a fixed
 * price). A paid offer is answered as it is, so a replayed payment changes nothing.
 */
export async function recordPayment(
  deps: Deps,
  caller: Caller,
  input: ValidRecordPaymentInput,
): Promise<BookingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const tenantId = actor.tenantId;
    const booking = await readBooking(db, tx, tenantId, input.bookingId);
    if (booking.status === 'paid') return { booking, done: false };
    const unit = await readUnit(db, tx, tenantId, booking.unitId);
    const tenant = await readTenant(db, tx, tenantId);
    const refusal = paymentRefusal(booking, unit, now);
    if (refusal === 'booking-closed') {
      throw new Refusal('failed-precondition', 'This offer was cancelled: it can no longer be paid.', 'booking-closed');
    }
    if (refusal === 'booking-expired') {
      throw new Refusal(
        'failed-precondition',
        'This offer is past its validity date: issue a new one at today’s price.',
        'booking-expired',
      );
    }
    if (refusal === 'unit-held-by-other' && unit.hold) {
      const until = formatReservationTime(unit.hold.until, tenant.locale, tenant.country);
      throw new Refusal(
        'failed-precondition',
        `Unit ${unit.number} is now reserved by ${unit.hold.contactName} until ${until}: the offer cannot be paid.`,
        'unit-held-by-other',
        { holderName: unit.hold.contactName, until: unit.hold.until.toISOString() },
      );
    }
    if (refusal === 'unit-not-available') {
      throw new Refusal('failed-precondition', `Unit ${unit.number} is no longer on sale.`, 'unit-not-available');
    }

    // Every read before any write: the client's reservation, the unit's queue and its queued clients.
    const held = unit.hold?.contactId === booking.contactId ? unit.hold.reservationId : null;
    const reservation = held ? (await tx.get(reservationRef(db, tenantId, held))).data() : undefined;
    const queue = await readQueue(db, tx, tenantId, unit.id, now);
    const queued = (
      await Promise.all(queue.reservationIds.map((id) => tx.get(reservationRef(db, tenantId, id))))
    ).flatMap((snapshot) => {
      const data = snapshot.data();
      return data?.status === 'queued' ? [data] : [];
    });
    const contactIds = [
      ...new Set([...(reservation ? [reservation.contactId] : []), ...queued.map((r) => r.contactId)]),
    ];
    const clients = new Map<string, ReservationClient>(
      await Promise.all(contactIds.map(async (id) => [id, await readClient(db, tx, tenantId, id, now)] as const)),
    );
    const leave = (reservationId: string, contactId: string) => {
      const client = clients.get(contactId);
      if (!client) return;
      clients.set(contactId, {
        ...client,
        reservationIds: client.reservationIds.filter((id) => id !== reservationId),
        updatedAt: now,
      });
    };

    const paid: Booking = {
      ...booking,
      status: 'paid',
      paidAt: input.paidOn,
      payment: {
        amount: input.amount,
        paidOn: input.paidOn,
        reference: input.reference,
        recordedAt: now,
        recordedBy: actor.uid,
        recordedByName: actor.member.displayName,
      },
      reservationId: reservation?.id ?? booking.reservationId,
      updatedAt: now,
    };
    tx.set(bookingRef(db, tenantId, booking.id), paid);
    tx.update(
      unitRef(db, tenantId, unit.id),
      toStored({ price: paid.price, priceFixed: true, status: 'booked', hold: null, updatedAt: now }),
    );
    writePaidUnitEntry(
      db,
      tx,
      tenantId,
      paid,
      { priceBefore: unit.price, priceAfter: paid.price, statusBefore: unit.status, statusAfter: 'booked' },
      { uid: actor.uid, name: actor.member.displayName },
      now,
    );
    if (reservation?.status === 'active') {
      const converted: Reservation = {
        ...reservation,
        status: 'converted',
        endedAt: now,
        endedBy: actor.uid,
        updatedAt: now,
      };
      tx.set(reservationRef(db, tenantId, reservation.id), converted);
      leave(reservation.id, reservation.contactId);
    }
    for (const waiting of queued) {
      const released: Reservation = {
        ...waiting,
        status: 'released',
        endedAt: now,
        endedBy: actor.uid,
        updatedAt: now,
      };
      tx.set(reservationRef(db, tenantId, waiting.id), released);
      leave(waiting.id, waiting.contactId);
    }
    if (queue.reservationIds.length > 0) writeQueue(db, tx, tenantId, { ...queue, reservationIds: [], updatedAt: now });
    for (const client of clients.values()) writeClient(db, tx, tenantId, client);
    writeBookingEntry(db, tx, tenant, { booking: paid, event: 'paid', authorUid: actor.uid, now });
    return { booking: paid, done: true };
  });
  if (outcome.done) {
    const { booking } = outcome;
    bookingsLog.paid(caller.claims?.tenantId ?? '', booking.id, booking.unitId, booking.price, caller.uid);
  }
  return bookingResult(outcome.booking);
}
