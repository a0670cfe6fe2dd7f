import {
  bookingHistoryText,
  bookingModel,
  bookingUnitLabel,
  paths,
  promotionModel,
  unitHistoryEntryModel,
  type Booking,
  type BookingEvent,
  type HistoryEntry,
  type Promotion,
  type Tenant,
  type UnitHistoryEntry,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { historyConverter } from '../pipeline/pipeline-store';

const bookingConverter = converterOf(bookingModel);
const promotionConverter = converterOf(promotionModel);
const unitHistoryConverter = converterOf(unitHistoryEntryModel);
/** The promotions a price may use, as the unit card reads them: not over yet, at most this many. */
const RUNNING_PROMOTIONS_MAX = 100;
/** A unit has one offer awaiting payment at most; reading two is enough to see it. */
const OPEN_BOOKINGS_READ = 2;

export const bookingRef = (db: Firestore, tenantId: string, bookingId: string) =>
  db.doc(paths.booking(tenantId, bookingId)).withConverter(bookingConverter);

export async function readBooking(db: Firestore, tx: Transaction, tenantId: string, bookingId: string) {
  const booking = (await tx.get(bookingRef(db, tenantId, bookingId))).data();
  if (!booking) throw new Refusal('not-found', 'This booking offer does not exist.', 'booking-not-found');
  return booking;
}

/** The unit's offers still awaiting payment (the rule allows one). */
export async function readOpenBookings(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  unitId: string,
): Promise<Booking[]> {
  const snapshot = await tx.get(
    db
      .collection(paths.bookings(tenantId))
      .withConverter(bookingConverter)
      .where('unitId', '==', unitId)
      .where('status', '==', 'issued')
      .limit(OPEN_BOOKINGS_READ),
  );
  return snapshot.docs.map((doc) => doc.data());
}

/** Promotions whose end is not past at `now`; `priceUnit` keeps those running and applying to the unit. */
export async function readUnfinishedPromotions(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  now: Date,
): Promise<Promotion[]> {
  const snapshot = await tx.get(
    db
      .collection(paths.promotions(tenantId))
      .withConverter(promotionConverter)
      .where('validUntil', '>=', now)
      .orderBy('validUntil')
      .limit(RUNNING_PROMOTIONS_MAX),
  );
  return snapshot.docs.map((doc) => doc.data());
}

/** The client file's history entry of an offer event; its id follows the offer and event, so it is written once. */
export function writeBookingEntry(
  db: Firestore,
  tx: Transaction,
  tenant: Pick<Tenant, 'id' | 'locale' | 'currency'>,
  args: { booking: Booking; event: BookingEvent; authorUid: string; now: Date },
): void {
  const { booking, event, now } = args;
  const entryRef = db
    .doc(paths.historyEntry(tenant.id, `booking-${booking.id}-${event}`))
    .withConverter(historyConverter);
  const entry: HistoryEntry = {
    id: entryRef.id,
    type: 'reservation',
    occurredAt: now,
    authorUid: args.authorUid,
    contactIds: [booking.contactId],
    // No property: a unit is not a listed property, and an entry without one moves no phase.
    propertyId: null,
    dealId: null,
    text: bookingHistoryText(tenant.locale, {
      event,
      unit: bookingUnitLabel(booking),
      price: booking.price,
      currency: tenant.currency,
    }),
    phase: null,
    phaseChange: null,
    createdAt: now,
  };
  tx.set(entryRef, entry);
}

/** The unit's history entry of its paid offer (status and price), once per offer. */
export function writePaidUnitEntry(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  booking: Booking,
  change: Pick<UnitHistoryEntry, 'priceBefore' | 'priceAfter' | 'statusBefore' | 'statusAfter'>,
  author: { uid: string; name: string },
  now: Date,
): void {
  const id = `booking-${booking.id}-paid`;
  const entry: UnitHistoryEntry = {
    id,
    kind: 'status',
    source: 'booking',
    ...change,
    authorUid: author.uid,
    authorName: author.name,
    at: now,
  };
  tx.set(db.doc(paths.unitHistoryEntry(tenantId, booking.unitId, id)).withConverter(unitHistoryConverter), entry);
}
