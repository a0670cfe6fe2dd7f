import {
  BOOKING_DISCOUNT_KINDS,
  ESCROW_KINDS,
  type Booking,
  type EscrowInput,
  type IssueBookingInput,
  type RecordPaymentInput,
} from '@estate/domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';

/** A date field's value (`2026-03-01`). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'bookings.validation.date' });
const optionalDay = z.union([z.literal(''), day]);
const amount = z
  .number({ message: 'bookings.validation.amount' })
  .int({ message: 'bookings.validation.wholeAmount' })
  .min(1, { message: 'bookings.validation.amount' })
  .max(100_000_000_000, { message: 'bookings.validation.amount' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'bookings.validation.required' })
    .max(max, { message: 'bookings.validation.tooLong' });

const pad = (n: number) => String(n).padStart(2, '0');
/** Today (or `days` later) as a date field holds it, in the user's calendar. */
export function dayFrom(date: Date, days = 0): string {
  const shifted = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}
/** A stored calendar date (midnight UTC) as a date field holds it. */
const dayOf = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : '');

/** Percentages are typed to a tenth, as the domain keeps them. */
const isTenth = (value: number) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

export const ISSUE_DISCOUNT_CHOICES = ['none', ...BOOKING_DISCOUNT_KINDS] as const;

export const issueFormSchema = z
  .object({
    validUntil: day,
    notes: z.string().trim().max(2000, { message: 'bookings.validation.tooLong' }),
    discountKind: z.enum(ISSUE_DISCOUNT_CHOICES),
    /** NaN while the field is empty. */
    discountValue: z.union([z.number(), z.nan()]),
    discountReason: z.string().trim().max(500, { message: 'bookings.validation.tooLong' }),
  })
  .superRefine((form, ctx) => {
    if (form.discountKind === 'none') return;
    const value = form.discountValue;
    const valid =
      Number.isFinite(value) &&
      value > 0 &&
      (form.discountKind === 'amount'
        ? Number.isInteger(value) && value <= 100_000_000_000
        : value <= 100 && isTenth(value));
    if (!valid) {
      const message =
        form.discountKind === 'amount' ? 'bookings.validation.discountAmount' : 'bookings.validation.discountPercent';
      ctx.addIssue({ code: 'custom', message, path: ['discountValue'] });
    }
    if (form.discountReason.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'bookings.validation.discountReason', path: ['discountReason'] });
    }
  });
export type IssueForm = z.infer<typeof issueFormSchema>;

export function issueInputOf(
  form: IssueForm,
  ids: { requestId: string; unitId: string; contactId: string },
): Required<IssueBookingInput> {
  return {
    ...ids,
    validUntil: form.validUntil,
    notes: form.notes,
    discount:
      form.discountKind === 'none'
        ? null
        : { kind: form.discountKind, value: form.discountValue, reason: form.discountReason.trim() },
  };
}

export const paymentFormSchema = z.object({
  amount,
  paidOn: day,
  reference: text(80),
});
export type PaymentForm = z.infer<typeof paymentFormSchema>;

export function paymentInputOf(form: PaymentForm, bookingId: string): RecordPaymentInput {
  return { bookingId, amount: form.amount, paidOn: form.paidOn, reference: form.reference };
}

export const escrowFormSchema = z
  .object({
    kind: z.enum(ESCROW_KINDS),
    bank: text(160),
    account: text(40),
    amount,
    openedAt: optionalDay,
    disclosedAt: optionalDay,
  })
  .refine((form) => !form.openedAt || !form.disclosedAt || form.disclosedAt >= form.openedAt, {
    message: 'bookings.validation.disclosedBeforeOpened',
    path: ['disclosedAt'],
  });
export type EscrowForm = z.infer<typeof escrowFormSchema>;

export function escrowFormOf(booking: Pick<Booking, 'escrow' | 'price'>): EscrowForm {
  const escrow = booking.escrow;
  return {
    kind: escrow?.kind ?? 'escrow',
    bank: escrow?.bank ?? '',
    account: escrow?.account ?? '',
    amount: escrow?.amount ?? booking.price,
    openedAt: dayOf(escrow?.openedAt ?? null),
    disclosedAt: dayOf(escrow?.disclosedAt ?? null),
  };
}

export function escrowInputOf(form: EscrowForm): EscrowInput {
  return {
    kind: form.kind,
    bank: form.bank,
    account: form.account,
    amount: form.amount,
    openedAt: form.openedAt || null,
    disclosedAt: form.disclosedAt || null,
  };
}

const REFUSAL_KEYS: Record<string, string> = {
  'unit-held-by-other': 'bookings.refusals.unitHeldByOther',
  'unit-not-available': 'bookings.refusals.unitNotAvailable',
  'unit-not-found': 'bookings.refusals.unitNotFound',
  'contact-not-found': 'bookings.refusals.contactNotFound',
  'booking-open': 'bookings.refusals.bookingOpen',
  'valid-until-past': 'bookings.refusals.validUntilPast',
  'booking-not-found': 'bookings.refusals.bookingNotFound',
  'booking-paid': 'bookings.refusals.bookingPaid',
  'booking-closed': 'bookings.refusals.bookingClosed',
  'booking-expired': 'bookings.refusals.bookingExpired',
  'not-inventory-editor': 'bookings.refusals.notInventoryEditor',
  'discount-above-threshold': 'bookings.refusals.discountAboveThreshold',
  'discount-exceeds-price': 'bookings.refusals.discountExceedsPrice',
};

/** The sentence for a refusal, filled with its details, or null for one the screens do not know. */
export function bookingRefusalText(
  t: TFunction,
  refused: { reason: string | null; details: Record<string, unknown> },
  formatDate: (date: Date) => string,
): string | null {
  const key = refused.reason ? REFUSAL_KEYS[refused.reason] : undefined;
  if (!key) return null;
  const { holderName, until, maxPercent } = refused.details;
  return t(key, {
    holder: typeof holderName === 'string' ? holderName : '',
    until: typeof until === 'string' ? formatDate(new Date(until)) : '',
    ...(typeof maxPercent === 'number' ? { percent: maxPercent } : {}),
  });
}
