import type { Locale } from '../shared/locale';
import type { Unit } from '../projects/unit.schema';
import type { Booking } from './booking.schema';

const DAY_MS = 24 * 3_600_000;

/** Whether the offer's validity has run out at `now`: the client may pay until the end of `validUntil`. */
export function isBookingOverdue(booking: Pick<Booking, 'validUntil'>, now: Date): boolean {
  return now.getTime() >= booking.validUntil.getTime() + DAY_MS;
}

/** The latest `validUntil` overdue at `now`: offers valid until this day or before have run out. */
export function bookingValidityCutoff(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

export type IssueBookingRefusal = 'unit-held-by-other' | 'unit-not-available' | 'booking-open';

/**
 * Whether `unit` may be offered to the client: it must be on sale with a price not yet fixed, held by
 * nobody or by this client's reservation, and under no other offer still awaiting payment.
 */
export function issueBookingRefusal(
  unit: Pick<Unit, 'status' | 'hold' | 'priceFixed'>,
  contactId: string,
  openBookings: number,
): IssueBookingRefusal | null {
  if (unit.hold && unit.hold.contactId !== contactId) return 'unit-held-by-other';
  if (unit.priceFixed || (unit.status !== 'free' && unit.status !== 'reserved')) return 'unit-not-available';
  if (openBookings > 0) return 'booking-open';
  return null;
}

export type PaymentRefusal = 'booking-closed' | 'booking-expired' | 'unit-held-by-other' | 'unit-not-available';

/**
 * Whether the payment of an issued offer can be recorded now: within its validity, on a unit still on
 * sale and held by nobody or by the offer's client. A paid offer is answered as it is, before this.
 */
export function paymentRefusal(
  booking: Pick<Booking, 'status' | 'validUntil' | 'contactId'>,
  unit: Pick<Unit, 'status' | 'hold' | 'priceFixed'>,
  now: Date,
): PaymentRefusal | null {
  if (booking.status !== 'issued') return 'booking-closed';
  if (isBookingOverdue(booking, now)) return 'booking-expired';
  if (unit.hold && unit.hold.contactId !== booking.contactId) return 'unit-held-by-other';
  if (unit.priceFixed || (unit.status !== 'free' && unit.status !== 'reserved')) return 'unit-not-available';
  return null;
}

/** What the client file's history says of an offer. */
export type BookingEvent = 'issued' | 'paid' | 'cancelled';

const HISTORY_TEXT: Record<Locale, Record<BookingEvent, (unit: string, price: string) => string>> = {
  fr: {
    issued: (unit, price) => `Offre de réservation émise pour le lot ${unit} au prix de ${price}.`,
    paid: (unit, price) => `Offre de réservation payée pour le lot ${unit} : prix fixé à ${price}.`,
    cancelled: (unit) => `Offre de réservation annulée pour le lot ${unit}.`,
  },
  ru: {
    issued: (unit, price) => `Выставлена оферта на помещение ${unit} по цене ${price}.`,
    paid: (unit, price) => `Оферта на помещение ${unit} оплачена: цена зафиксирована, ${price}.`,
    cancelled: (unit) => `Оферта на помещение ${unit} отменена.`,
  },
  en: {
    issued: (unit, price) => `Booking offer issued for unit ${unit} at ${price}.`,
    paid: (unit, price) => `Booking offer paid for unit ${unit}: price fixed at ${price}.`,
    cancelled: (unit) => `Booking offer cancelled for unit ${unit}.`,
  },
};

/** The client file's history entry of an offer event, in the tenant's language. */
export function bookingHistoryText(
  locale: Locale,
  args: { event: BookingEvent; unit: string; price: number; currency: string },
): string {
  const price = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: args.currency,
    maximumFractionDigits: 0,
  }).format(args.price);
  return HISTORY_TEXT[locale][args.event](args.unit, price);
}

/** How lists and history name the unit: its number, building and project. */
export function bookingUnitLabel(booking: Pick<Booking, 'unitNumber' | 'buildingName' | 'projectName'>): string {
  return [booking.unitNumber, booking.buildingName, booking.projectName].filter(Boolean).join(', ');
}
