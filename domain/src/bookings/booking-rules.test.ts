import { describe, expect, it } from 'vitest';
import type { Unit } from '../projects/unit.schema';
import {
  bookingHistoryText,
  bookingValidityCutoff,
  isBookingOverdue,
  issueBookingRefusal,
  paymentRefusal,
} from './booking-rules';
import { escrowInputSchema, issueBookingInputSchema, recordPaymentInputSchema } from './booking.schema';

type UnitState = Pick<Unit, 'status' | 'hold' | 'priceFixed'>;

const free: UnitState = { status: 'free', hold: null, priceFixed: false };
const heldBy = (contactId: string): UnitState => ({
  status: 'reserved',
  priceFixed: false,
  hold: { reservationId: 'r1', contactId, contactName: 'Иван Петров', kind: 'offline', until: new Date() },
});
const validUntil = new Date('2026-12-10T00:00:00.000Z');

describe('issueBookingRefusal', () => {
  it('offers a free unit, or one held by the same client', () => {
    expect(issueBookingRefusal(free, 'c1', 0)).toBeNull();
    expect(issueBookingRefusal(heldBy('c1'), 'c1', 0)).toBeNull();
  });

  it('refuses a unit held by another client, booked, sold or with a fixed price', () => {
    expect(issueBookingRefusal(heldBy('c2'), 'c1', 0)).toBe('unit-held-by-other');
    expect(issueBookingRefusal({ ...free, status: 'booked' }, 'c1', 0)).toBe('unit-not-available');
    expect(issueBookingRefusal({ ...free, status: 'notForSale' }, 'c1', 0)).toBe('unit-not-available');
    expect(issueBookingRefusal({ ...free, priceFixed: true }, 'c1', 0)).toBe('unit-not-available');
  });

  it('refuses a second offer awaiting payment on the unit', () => {
    expect(issueBookingRefusal(free, 'c1', 1)).toBe('booking-open');
  });
});

describe('paymentRefusal', () => {
  const issued = { status: 'issued' as const, validUntil, contactId: 'c1' };

  it('accepts the payment until the end of the validity day', () => {
    expect(paymentRefusal(issued, heldBy('c1'), new Date('2026-12-10T23:59:00.000Z'))).toBeNull();
    expect(paymentRefusal(issued, free, new Date('2026-12-11T00:00:00.000Z'))).toBe('booking-expired');
  });

  it('refuses a cancelled offer and a unit another client took meanwhile', () => {
    const now = new Date('2026-12-09T10:00:00.000Z');
    expect(paymentRefusal({ ...issued, status: 'cancelled' }, free, now)).toBe('booking-closed');
    expect(paymentRefusal(issued, heldBy('c2'), now)).toBe('unit-held-by-other');
    expect(paymentRefusal(issued, { ...free, status: 'sold' }, now)).toBe('unit-not-available');
  });

  it('knows when an offer is overdue', () => {
    expect(isBookingOverdue({ validUntil }, new Date('2026-12-10T12:00:00.000Z'))).toBe(false);
    expect(isBookingOverdue({ validUntil }, new Date('2026-12-11T00:00:01.000Z'))).toBe(true);
    const now = new Date('2026-12-11T00:00:01.000Z');
    expect(bookingValidityCutoff(now).getTime() >= validUntil.getTime()).toBe(isBookingOverdue({ validUntil }, now));
  });
});

describe('inputs', () => {
  it('reads calendar dates and refuses a payment of nothing', () => {
    const input = issueBookingInputSchema.parse({
      requestId: 'b1',
      unitId: 'u1',
      contactId: 'c1',
      validUntil: '2026-12-10',
    });
    expect(input.validUntil).toEqual(validUntil);
    expect(input.notes).toBe('');
    const payment = { bookingId: 'b1', amount: 0, paidOn: '2026-12-09', reference: 'ПП 15' };
    expect(recordPaymentInputSchema.safeParse(payment).success).toBe(false);
    expect(recordPaymentInputSchema.safeParse({ ...payment, amount: 50_000 }).success).toBe(true);
    expect(recordPaymentInputSchema.safeParse({ ...payment, amount: 50_000, reference: ' ' }).success).toBe(false);
  });

  it('refuses escrow details disclosed before they were opened', () => {
    const escrow = {
      kind: 'escrow',
      bank: 'Сбербанк',
      account: '40817810099910004312',
      amount: 8_000_000,
      openedAt: '2026-12-10',
      disclosedAt: '2026-12-01',
    };
    const result = escrowInputSchema.safeParse(escrow);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['disclosedAt']);
    expect(escrowInputSchema.safeParse({ ...escrow, disclosedAt: null }).success).toBe(true);
  });
});

describe('bookingHistoryText', () => {
  it('names the unit and the price in the tenant language', () => {
    const text = bookingHistoryText('ru', { event: 'paid', unit: '101, Корпус 1', price: 8_000_000, currency: 'RUB' });
    expect(text).toContain('101, Корпус 1');
    expect(text).toMatch(/8\s000\s000/);
    expect(bookingHistoryText('en', { event: 'cancelled', unit: '101', price: 1, currency: 'RUB' })).toBe(
      'Booking offer cancelled for unit 101.',
    );
  });
});
