import { bookingResult, type BookingResult, type ValidSaveEscrowInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readStaff } from '../reservations/reservation-store';
import { bookingRef, readBooking } from './booking-store';
import { bookingsLog } from './bookings.log';
import { runTransaction } from '../lib/transactions';

/**
 * Saves (or removes, with null) the escrow account or letter-of-credit details of an offer, as 214-FZ
 * requires of a shared-construction sale. Saving the same details again writes nothing.
 */
export async function saveEscrow(deps: Deps, caller: Caller, input: ValidSaveEscrowInput): Promise<BookingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const who = await readStaff(db, tx, caller);
    const booking = await readBooking(db, tx, who.tenantId, input.bookingId);
    if (booking.status === 'cancelled' || booking.status === 'expired') {
      throw new Refusal('failed-precondition', 'This offer is closed: its details no longer change.', 'booking-closed');
    }
    if (JSON.stringify(booking.escrow) === JSON.stringify(input.escrow)) return { booking, done: false };
    const saved = { ...booking, escrow: input.escrow, updatedAt: now };
    tx.set(bookingRef(db, who.tenantId, booking.id), saved);
    return { booking: saved, done: true };
  });
  if (outcome.done) bookingsLog.escrowSaved(caller.claims?.tenantId ?? '', outcome.booking.id, caller.uid);
  return bookingResult(outcome.booking);
}
