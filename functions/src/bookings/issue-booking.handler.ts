import {
  bookingResult,
  contactFullName,
  decidesApprovals,
  discountAmountOf,
  discountRefusal,
  formatReservationTime,
  issueBookingRefusal,
  isBookingOverdue,
  maxManagerDiscount,
  priceUnit,
  type Booking,
  type BookingDiscount,
  type BookingResult,
  type Tenant,
  type ValidBookingDiscountInput,
  type ValidIssueBookingInput,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { readDiscountSettings } from '../discounts/discount-store';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant, type Actor } from '../lib/staff';
import { readVisibleContact } from '../pipeline/pipeline-store';
import { readStaff, readUnit, readUnitPlace } from '../reservations/reservation-store';
import { bookingRef, readOpenBookings, readUnfinishedPromotions, writeBookingEntry } from './booking-store';
import { bookingsLog } from './bookings.log';
import { runTransaction } from '../lib/transactions';

/** The offer to issue: the unit, the client, the last day to pay, and the discount if any. */
export interface OfferRequest {
  bookingId: string;
  unitId: string;
  contactId: string;
  validUntil: Date;
  notes: string;
  discount: ValidBookingDiscountInput | null;
}

/**
 * How the tenant's discount threshold applies: to the actor (the head of sales has none), waived by an
 * approval of the head of sales, or not at all while a manager is only asking for one.
 */
export type ThresholdCheck = { kind: 'actor' } | { kind: 'approved'; approvalId: string } | { kind: 'asking' };

export interface PreparedOffer {
  booking: Booking;
  tenant: Tenant;
  /** The price with the running promotions, before the discount. */
  priceBefore: number;
  /** The largest discount a manager grants alone on this offer. */
  managerMaxDiscount: number;
  write: () => void;
}

/**
 * Reads and checks all an offer needs inside `tx`, and returns it with its writes (Firestore wants every
 * read of a transaction before its first write). The price is the unit's final price today (its price
 * list amount with the running promotions, paid in full or by mortgage: an instalment plan is not a
 * booking), less the discount. Throws the refusal when the offer cannot be issued.
 */
export async function prepareOffer(
  db: Firestore,
  tx: Transaction,
  args: {
    actor: Actor;
    author: { uid: string; name: string };
    request: OfferRequest;
    threshold: ThresholdCheck;
    now: Date;
  },
): Promise<PreparedOffer> {
  const { actor, request, now } = args;
  const tenantId = actor.tenantId;
  const contact = await readVisibleContact(db, tx, actor, request.contactId);
  const unit = await readUnit(db, tx, tenantId, request.unitId);
  const [tenant, place, open, promotions, settings] = await Promise.all([
    readTenant(db, tx, tenantId),
    readUnitPlace(db, tx, tenantId, unit),
    readOpenBookings(db, tx, tenantId, unit.id),
    readUnfinishedPromotions(db, tx, tenantId, now),
    request.discount ? readDiscountSettings(db, tx, tenantId) : null,
  ]);
  if (isBookingOverdue({ validUntil: request.validUntil }, now)) {
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

  const priceBefore = priceUnit(unit, promotions, null, now).final;
  const maxManagerPercent = settings?.maxManagerPercent ?? 0;
  const managerMaxDiscount = maxManagerDiscount(priceBefore, maxManagerPercent);
  let discount: BookingDiscount | null = null;
  if (request.discount) {
    const amount = discountAmountOf(request.discount, priceBefore);
    const { threshold } = args;
    const approved = threshold.kind !== 'actor' || decidesApprovals(actor.role);
    const discountRefused = discountRefusal({ amount, priceBefore, maxManagerPercent, approved });
    if (discountRefused === 'discount-exceeds-price') {
      throw new Refusal(
        'failed-precondition',
        'The discount cannot take the whole price of the offer.',
        'discount-exceeds-price',
        { priceBefore },
      );
    }
    if (discountRefused === 'discount-above-threshold') {
      throw new Refusal(
        'failed-precondition',
        `A discount above ${maxManagerPercent} % needs the approval of the head of sales.`,
        'discount-above-threshold',
        { maxPercent: maxManagerPercent, maxAmount: managerMaxDiscount, priceBefore },
      );
    }
    discount = {
      ...request.discount,
      priceBefore,
      amount,
      approvalId: threshold.kind === 'approved' ? threshold.approvalId : null,
    };
  }

  const booking: Booking = {
    id: request.bookingId,
    unitId: unit.id,
    projectId: unit.projectId,
    buildingId: unit.buildingId,
    unitNumber: unit.number,
    ...place,
    contactId: contact.id,
    contactName: contactFullName(contact),
    basePrice: unit.price,
    price: priceBefore - (discount?.amount ?? 0),
    discount,
    reservationId: unit.hold?.contactId === contact.id ? unit.hold.reservationId : null,
    status: 'issued',
    validUntil: request.validUntil,
    paidAt: null,
    payment: null,
    escrow: null,
    notes: request.notes,
    createdBy: args.author.uid,
    createdByName: args.author.name,
    cancelledAt: null,
    cancelledBy: null,
    createdAt: now,
    updatedAt: now,
  };
  const write = () => {
    tx.create(bookingRef(db, tenantId, booking.id), booking);
    writeBookingEntry(db, tx, tenant, { booking, event: 'issued', authorUid: args.author.uid, now });
  };
  return { booking, tenant, priceBefore, managerMaxDiscount, write };
}

/**
 * Issues the booking offer ("оферта") of a unit to a client in one transaction. The unit must be free
 * or held by this client's reservation, and under no other offer awaiting payment; a manager's discount
 * above the tenant's threshold is refused (they ask the head of sales, whose approval issues the offer).
 * The offer's id is the request's, so a retry answers the first.
 */
export async function issueBooking(deps: Deps, caller: Caller, input: ValidIssueBookingInput): Promise<BookingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const who = await readStaff(db, tx, caller);
    const existing = (await tx.get(bookingRef(db, who.tenantId, input.requestId))).data();
    if (existing) return { booking: existing, created: false };
    const offer = await prepareOffer(db, tx, {
      actor: who.actor,
      author: { uid: who.uid, name: who.name },
      request: {
        bookingId: input.requestId,
        unitId: input.unitId,
        contactId: input.contactId,
        validUntil: input.validUntil,
        notes: input.notes,
        discount: input.discount,
      },
      threshold: { kind: 'actor' },
      now,
    });
    offer.write();
    return { booking: offer.booking, created: true };
  });
  if (outcome.created) {
    const { booking } = outcome;
    bookingsLog.issued(caller.claims?.tenantId ?? '', booking.id, booking.unitId, booking.price, caller.uid);
  }
  return bookingResult(outcome.booking);
}
