import {
  bookingResult,
  contactFullName,
  formatReservationTime,
  issueBookingRefusal,
  isBookingOverdue,
  priceUnit,
  type Booking,
  type BookingResult,
  type ValidIssueBookingInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readVisibleContact } from '../pipeline/pipeline-store';
import { readStaff, readUnit, readUnitPlace } from '../reservations/reservation-store';
import { bookingRef, readOpenBookings, readUnfinishedPromotions, writeBookingEntry } from './booking-store';
import { bookingsLog } from './bookings.log';

/**
 * Issues the booking offer ("оферта") of a unit to a client in one transaction, at the unit's final
 * price today (its price list amount with the running promotions, paid in full or by mortgage: an
 * instalment plan is not a booking). The unit must be free or held by this client's reservation, and
 * under no other offer awaiting payment. The offer's id is the request's, so a retry answers the first.
 */
export async function issueBooking(deps: Deps, caller: Caller, input: ValidIssueBookingInput): Promise<BookingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await db.runTransaction(async (tx) => {
    const who = await readStaff(db, tx, caller);
    const tenantId = who.tenantId;
    const existing = (await tx.get(bookingRef(db, tenantId, input.requestId))).data();
    if (existing) return { booking: existing, created: false };

    const contact = await readVisibleContact(db, tx, who.actor, input.contactId);
    const unit = await readUnit(db, tx, tenantId, input.unitId);
    const [tenant, place, open, promotions] = await Promise.all([
      readTenant(db, tx, tenantId),
      readUnitPlace(db, tx, tenantId, unit),
      readOpenBookings(db, tx, tenantId, unit.id),
      readUnfinishedPromotions(db, tx, tenantId, now),
    ]);
    if (isBookingOverdue({ validUntil: input.validUntil }, now)) {
      throw new Refusal('invalid-argument', 'The offer must be valid until today at least.', 'valid-until-past');
    }
    const refusal = issueBookingRefusal(unit, contact.id, open.length);
    if (refusal === 'unit-held-by-other' && unit.hold) {
      const until = formatReservationTime(unit.hold.until, tenant.locale, tenant.country);
      throw new Refusal(
        'failed-precondition',
        `Unit ${unit.number} is reserved by ${unit.hold.contactName} until ${until}: only they may be offered it.`,
        'unit-held-by-other',
        { holderName: unit.hold.contactName, until: unit.hold.until.toISOString() },
      );
    }
    if (refusal === 'unit-not-available') {
      throw new Refusal('failed-precondition', `Unit ${unit.number} is no longer on sale.`, 'unit-not-available');
    }
    if (refusal === 'booking-open') {
      const other = open[0];
      throw new Refusal(
        'failed-precondition',
        `Unit ${unit.number} is already offered to ${other?.contactName ?? 'another client'}: cancel that offer first.`,
        'booking-open',
        { holderName: other?.contactName ?? '' },
      );
    }

    const booking: Booking = {
      id: input.requestId,
      unitId: unit.id,
      projectId: unit.projectId,
      buildingId: unit.buildingId,
      unitNumber: unit.number,
      ...place,
      contactId: contact.id,
      contactName: contactFullName(contact),
      basePrice: unit.price,
      price: priceUnit(unit, promotions, null, now).final,
      reservationId: unit.hold?.contactId === contact.id ? unit.hold.reservationId : null,
      status: 'issued',
      validUntil: input.validUntil,
      paidAt: null,
      payment: null,
      escrow: null,
      notes: input.notes,
      createdBy: who.uid,
      createdByName: who.name,
      cancelledAt: null,
      cancelledBy: null,
      createdAt: now,
      updatedAt: now,
    };
    tx.create(bookingRef(db, tenantId, booking.id), booking);
    writeBookingEntry(db, tx, tenant, { booking, event: 'issued', authorUid: who.uid, now });
    return { booking, created: true };
  });
  if (outcome.created) {
    const { booking } = outcome;
    bookingsLog.issued(caller.claims?.tenantId ?? '', booking.id, booking.unitId, booking.price, caller.uid);
  }
  return bookingResult(outcome.booking);
}
