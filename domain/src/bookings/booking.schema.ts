import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { bookingDiscountInputSchema, bookingDiscountSchema } from '../discounts/discount.schema';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

/**
 * issued: the offer ("оферта") is with the client, the price quoted; paid: the client paid it, the
 * price is fixed and the unit booked; cancelled: withdrawn by staff before payment; expired: its
 * validity date passed unpaid (a payment is refused after it).
 */
export const BOOKING_STATUSES = ['issued', 'paid', 'cancelled', 'expired'] as const;
export const bookingStatusSchema = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** How the buyer's money is held until the building is commissioned (214-FZ). */
export const ESCROW_KINDS = ['escrow', 'letterOfCredit'] as const;
export const escrowKindSchema = z.enum(ESCROW_KINDS);
export type EscrowKind = z.infer<typeof escrowKindSchema>;

const amount = z.number({ message: 'a number' }).int({ message: 'a whole amount' }).min(0).max(100_000_000_000);
const positiveAmount = amount.min(1, { message: 'more than 0' });

function escrowFields<D extends z.ZodType<Date>>(date: D) {
  return z.object({
    kind: escrowKindSchema,
    bank: line(160),
    /** The escrow or letter-of-credit account number as the bank gives it. */
    account: line(40),
    amount: positiveAmount,
    openedAt: date.nullable(),
    /** When the bank releases the money to the developer (after commissioning). */
    disclosedAt: date.nullable(),
  });
}

const disclosedAfterOpening = (escrow: { openedAt: Date | null; disclosedAt: Date | null }) =>
  !escrow.openedAt || !escrow.disclosedAt || escrow.disclosedAt.getTime() >= escrow.openedAt.getTime();
const disclosedAfterOpeningIssue = { message: 'before the opening date', path: ['disclosedAt'] };

export const escrowSchema = escrowFields(z.date()).refine(disclosedAfterOpening, disclosedAfterOpeningIssue);
export type Escrow = z.infer<typeof escrowSchema>;

/** What recording the payment keeps: how much was paid, when, the bank's reference, and who recorded it. */
export const bookingPaymentSchema = z.object({
  amount: positiveAmount,
  paidOn: z.date(),
  reference: line(80),
  recordedAt: z.date(),
  recordedBy: uidSchema,
  recordedByName: z.string().max(200),
});
export type BookingPayment = z.infer<typeof bookingPaymentSchema>;

/**
 * `tenants/{t}/bookings/{bookingId}`: the booking offer of one unit to one client. The id is the
 * issuing request's id, so a retried call finds what it created. Written only by the bookings-*
 * functions; the payment is recorded in the same transaction as the unit's booked status and fixed price.
 */
export const bookingSchema = z.object({
  id: docIdSchema,
  unitId: docIdSchema,
  projectId: docIdSchema,
  buildingId: docIdSchema,
  /** Copied at issue so lists name the unit without reading it. */
  unitNumber: z.string().max(20),
  projectName: z.string().max(120),
  buildingName: z.string().max(80),
  contactId: docIdSchema,
  contactName: z.string().max(200),
  /** The unit's price list amount when the offer was issued. */
  basePrice: amount,
  /** The final price (promotions applied, then the discount, paid in full or by mortgage) that the payment fixes. */
  price: amount,
  /** The manager's discount, taken off the price with promotions; absent on offers issued before discounts. */
  discount: bookingDiscountSchema.nullable().default(null),
  /** The reservation the client held on the unit when the offer was issued, if any. */
  reservationId: docIdSchema.nullable(),
  status: bookingStatusSchema,
  /** The last day the client may pay the offer. */
  validUntil: z.date(),
  paidAt: z.date().nullable(),
  payment: bookingPaymentSchema.nullable(),
  escrow: escrowSchema.nullable(),
  notes: z.string().max(2000),
  createdBy: uidSchema,
  createdByName: z.string().max(200),
  cancelledAt: z.date().nullable(),
  cancelledBy: uidSchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Booking = z.infer<typeof bookingSchema>;

// --- callables' inputs and outputs ---

export const issueBookingInputSchema = z.object({
  /** The booking's id: a retried call answers what the first created. */
  requestId: docIdSchema,
  unitId: docIdSchema,
  contactId: docIdSchema,
  validUntil: calendarDateSchema,
  notes: optionalLine(2000),
  /** Beyond the tenant's threshold a manager is refused `discount-above-threshold` and asks an approval. */
  discount: bookingDiscountInputSchema.nullable().default(null),
});
export type IssueBookingInput = z.input<typeof issueBookingInputSchema>;
export type ValidIssueBookingInput = z.output<typeof issueBookingInputSchema>;

export const cancelBookingInputSchema = z.object({ bookingId: docIdSchema });
export type CancelBookingInput = z.input<typeof cancelBookingInputSchema>;

export const recordPaymentInputSchema = z.object({
  bookingId: docIdSchema,
  amount: positiveAmount,
  paidOn: calendarDateSchema,
  reference: line(80),
});
export type RecordPaymentInput = z.input<typeof recordPaymentInputSchema>;
export type ValidRecordPaymentInput = z.output<typeof recordPaymentInputSchema>;

/** What staff type for the escrow account or letter of credit; dates as `2026-03-01`. */
export const escrowInputSchema = escrowFields(calendarDateSchema).refine(
  disclosedAfterOpening,
  disclosedAfterOpeningIssue,
);
export type EscrowInput = z.input<typeof escrowInputSchema>;

export const saveEscrowInputSchema = z.object({
  bookingId: docIdSchema,
  /** null removes the details. */
  escrow: escrowInputSchema.nullable(),
});
export type SaveEscrowInput = z.input<typeof saveEscrowInputSchema>;
export type ValidSaveEscrowInput = z.output<typeof saveEscrowInputSchema>;

export const bookingResultSchema = z.object({
  bookingId: z.string(),
  status: bookingStatusSchema,
  price: z.number().int(),
});
export type BookingResult = z.infer<typeof bookingResultSchema>;

export function bookingResult(booking: Booking): BookingResult {
  return { bookingId: booking.id, status: booking.status, price: booking.price };
}
