import { bookingValidityCutoff, isBookingOverdue } from '@estate/domain';
import { FieldPath, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { bookingRef } from './booking-store';
import { bookingsLog } from './bookings.log';
import { runTransaction } from '../lib/transactions';

const BOOKINGS_COLLECTION = 'bookings';
const BOOKING_PATH = /^tenants\/([^/]+)\/bookings\/([^/]+)$/;
/** How many overdue offers one run reads (and closes, in parallel) at a time. */
const EXPIRE_PAGE_SIZE = 200;

/** Closes one offer as `expired` if it is still issued and overdue at `now` (a payment may have come). */
async function expireBooking(db: Firestore, tenantId: string, bookingId: string, now: Date): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    const booking = (await tx.get(bookingRef(db, tenantId, bookingId))).data();
    if (booking?.status !== 'issued' || !isBookingOverdue(booking, now)) return false;
    tx.set(bookingRef(db, tenantId, bookingId), { ...booking, status: 'expired', updatedAt: now });
    return true;
  });
}

/**
 * `bookings-expireDue`: every tenant's offers still awaiting payment after their last valid day close
 * as `expired` (the unit and its reservation stay as they are). Read a page at a time (collection group
 * `bookings`, `status == issued`, `validUntil <=` the cutoff, in `validUntil` then path order); an offer
 * paid or cancelled meanwhile is left, so a repeated run writes nothing. Returns how many expired.
 */
export async function expireDueBookings(
  deps: { db: Firestore },
  now: Date,
  pageSize = EXPIRE_PAGE_SIZE,
): Promise<number> {
  const { db } = deps;
  const due = db
    .collectionGroup(BOOKINGS_COLLECTION)
    .where('status', '==', 'issued')
    .where('validUntil', '<=', bookingValidityCutoff(now))
    .orderBy('validUntil')
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  let expired = 0;
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    const page = await (last === null ? due : due.startAfter(last)).get();
    const outcomes = await Promise.all(
      page.docs.map(async (doc) => {
        const match = BOOKING_PATH.exec(doc.ref.path);
        if (!match?.[1] || !match[2]) return false;
        const done = await expireBooking(db, match[1], match[2], now);
        if (done) bookingsLog.expired(match[1], match[2]);
        return done;
      }),
    );
    expired += outcomes.filter(Boolean).length;
    last = page.docs.at(-1) ?? null;
    if (page.size < pageSize || last === null) break;
  }
  return expired;
}
