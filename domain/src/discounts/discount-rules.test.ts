import { describe, expect, it } from 'vitest';
import { approvalActionWords } from '../approvals/approval-words';
import { issueBookingInputSchema } from '../bookings/booking.schema';
import { discountAmountOf, discountRefusal, discountWords, maxManagerDiscount } from './discount-rules';
import { bookingDiscountInputSchema, discountSettingsInputSchema } from './discount.schema';

describe('a booking discount', () => {
  it('takes a sum or a share of the price, rounded to a whole amount', () => {
    expect(discountAmountOf({ kind: 'amount', value: 150_000 }, 5_000_000)).toBe(150_000);
    expect(discountAmountOf({ kind: 'percent', value: 2.5 }, 5_000_001)).toBe(125_000);
    expect(maxManagerDiscount(5_000_001, 3)).toBe(150_000);
  });

  it('is granted by a manager up to the threshold, beyond only when approved, never the whole price', () => {
    const at = (amount: number, approved = false) =>
      discountRefusal({ amount, priceBefore: 5_000_000, maxManagerPercent: 3, approved });
    expect(at(150_000)).toBeNull();
    expect(at(150_001)).toBe('discount-above-threshold');
    expect(at(150_001, true)).toBeNull();
    expect(at(4_999_999, true)).toBeNull();
    expect(at(5_000_000, true)).toBe('discount-exceeds-price');
    expect(discountRefusal({ amount: 1, priceBefore: 100, maxManagerPercent: 0, approved: false })).toBe(
      'discount-above-threshold',
    );
  });

  it('refuses fractions of money, percentages above 100 or finer than a tenth, and a missing reason', () => {
    const parse = (discount: object) => bookingDiscountInputSchema.safeParse({ reason: 'Клиент', ...discount });
    expect(parse({ kind: 'amount', value: 100 }).success).toBe(true);
    expect(parse({ kind: 'amount', value: 100.5 }).success).toBe(false);
    expect(parse({ kind: 'percent', value: 2.5 }).success).toBe(true);
    expect(parse({ kind: 'percent', value: 2.55 }).success).toBe(false);
    expect(parse({ kind: 'percent', value: 101 }).success).toBe(false);
    expect(parse({ kind: 'percent', value: 0 }).success).toBe(false);
    expect(bookingDiscountInputSchema.safeParse({ kind: 'amount', value: 1, reason: ' ' }).success).toBe(false);
    expect(discountSettingsInputSchema.safeParse({ maxManagerPercent: 0 }).success).toBe(true);
    expect(discountSettingsInputSchema.safeParse({ maxManagerPercent: 100.5 }).success).toBe(false);
  });

  it('is optional on an offer', () => {
    const input = issueBookingInputSchema.parse({
      requestId: 'b1',
      unitId: 'u1',
      contactId: 'c1',
      validUntil: '2026-12-10',
    });
    expect(input.discount).toBeNull();
  });
});

describe('a discount in words', () => {
  it('gives the typed measure first, then the other, in the tenant currency', () => {
    const spaces = (text: string) => text.replace(/\s/g, ' ');
    expect(spaces(discountWords('fr', 'EUR', { kind: 'percent', value: 5 }, 400_000))).toBe('5 % (20 000 €)');
    expect(spaces(discountWords('en', 'EUR', { kind: 'amount', value: 10_000 }, 400_000))).toBe('€10,000 (2.5%)');
  });

  it('names the client and the offer price in an approval', () => {
    const words = approvalActionWords('ru', 'RUB', {
      contactName: 'Анна Петрова',
      floorPrice: null,
      current: { until: null, price: 8_000_000 },
      action: {
        kind: 'bookingDiscount',
        bookingId: 'b1',
        unitId: 'u1',
        contactId: 'c1',
        validUntil: '2026-12-10',
        notes: '',
        discount: { kind: 'percent', value: 5, reason: 'Постоянный клиент' },
      },
    });
    expect(words.replace(/\s/g, ' ')).toBe(
      'предоставить скидку 5 % (400 000 ₽) клиенту Анна Петрова: оферта по цене 7 600 000 ₽',
    );
  });
});
