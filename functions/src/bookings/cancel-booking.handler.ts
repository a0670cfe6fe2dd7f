import { bookingResult, type Booking, type BookingResult, type CancelBookingInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readStaff } from '../reservations/reservation-store';
import { bookingRef, readBooking, writeBookingEntry } from './booking-store';
import { bookingsLog } from './bookings.log';
import { runTransaction } from '../lib/transactions';

/**
 * Withdraws an offer not yet paid (issued or past its date); the unit and the client's reservation are
 * left as they are. A paid offer is refused: the unit is booked at its fixed price. Cancelling a
 * cancelled offer again answers it as it is.
 */
export async function cancelBooking(deps: Deps, caller: Caller, input: CancelBookingInput): Promise<BookingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const who = await readStaff(db, tx, caller);
    const booking = await readBooking(db, tx, who.tenantId, input.bookingId);
    if (booking.status === 'cancelled') return { booking, done: false };
    if (booking.status === 'paid') {
      throw new Refusal(
        'failed-precondition',
        'This offer is paid: the unit is booked at its fixed price and the offer cannot be cancelled.',
        'booking-paid',
      );
    }
    const tenant = await readTenant(db, tx, who.tenantId);
    const cancelled: Booking = {
      ...booking,
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: who.uid,
      updatedAt: now,
    };
    tx.set(bookingRef(db, who.tenantId, booking.id), cancelled);
    writeBookingEntry(db, tx, tenant, { booking: cancelled, event: 'cancelled', authorUid: who.uid, now });
    return { booking: cancelled, done: true };
  });
  if (outcome.done) bookingsLog.cancelled(caller.claims?.tenantId ?? '', outcome.booking.id, caller.uid);
  return bookingResult(outcome.booking);
}
