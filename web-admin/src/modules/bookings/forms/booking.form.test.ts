import { escrowInputSchema, issueBookingInputSchema, recordPaymentInputSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import {
  bookingRefusalText,
  dayFrom,
  escrowFormOf,
  escrowFormSchema,
  escrowInputOf,
  issueFormSchema,
  issueInputOf,
  paymentFormSchema,
  paymentInputOf,
} from './booking.form';

describe('booking forms', () => {
  it('turn into inputs the callables accept', () => {
    const noDiscount = { discountKind: 'none' as const, discountValue: Number.NaN, discountReason: '' };
    const issue = issueInputOf(
      { validUntil: '2026-12-10', notes: '', ...noDiscount },
      { requestId: 'r1', unitId: 'u1', contactId: 'c1' },
    );
    expect(issueBookingInputSchema.safeParse(issue).success).toBe(true);
    expect(issue.discount).toBeNull();
    const payment = paymentFormSchema.parse({ amount: 50_000, paidOn: '2026-12-08', reference: ' ПП 15 ' });
    expect(payment.reference).toBe('ПП 15');
    expect(recordPaymentInputSchema.safeParse(paymentInputOf(payment, 'b1')).success).toBe(true);
    const escrow = escrowFormSchema.parse({
      kind: 'letterOfCredit',
      bank: 'ВТБ',
      account: '40702810000000000001',
      amount: 8_100_000,
      openedAt: '2026-12-08',
      disclosedAt: '',
    });
    expect(escrowInputOf(escrow)).toMatchObject({ openedAt: '2026-12-08', disclosedAt: null });
    expect(escrowInputSchema.safeParse(escrowInputOf(escrow)).success).toBe(true);
  });

  it('carry a discount with its reason, and say what is missing from one', () => {
    const form = issueFormSchema.parse({
      validUntil: '2026-12-10',
      notes: '',
      discountKind: 'percent',
      discountValue: 2.5,
      discountReason: ' Вторая покупка ',
    });
    const input = issueInputOf(form, { requestId: 'r1', unitId: 'u1', contactId: 'c1' });
    expect(input.discount).toEqual({ kind: 'percent', value: 2.5, reason: 'Вторая покупка' });
    expect(issueBookingInputSchema.safeParse(input).success).toBe(true);
    const wrong = issueFormSchema.safeParse({
      ...form,
      discountKind: 'amount',
      discountValue: 10.5,
      discountReason: '',
    });
    expect(wrong.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'bookings.validation.discountAmount',
      'bookings.validation.discountReason',
    ]);
  });

  it('say what is wrong with text keys', () => {
    const payment = paymentFormSchema.safeParse({ amount: 0, paidOn: '', reference: '' });
    expect(payment.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'bookings.validation.amount',
      'bookings.validation.date',
      'bookings.validation.required',
    ]);
    const escrow = escrowFormSchema.safeParse({
      ...escrowFormOf({ escrow: null, price: 1_000 }),
      bank: 'Сбер',
      account: '1',
      openedAt: '2026-12-08',
      disclosedAt: '2026-12-01',
    });
    expect(escrow.error?.issues[0]).toMatchObject({
      message: 'bookings.validation.disclosedBeforeOpened',
      path: ['disclosedAt'],
    });
  });

  it('start the escrow form at the offer price and date fields at local days', () => {
    expect(escrowFormOf({ escrow: null, price: 8_100_000 })).toMatchObject({ kind: 'escrow', amount: 8_100_000 });
    expect(dayFrom(new Date(2026, 11, 30), 3)).toBe('2027-01-02');
  });

  it('explain a refusal with its holder and time, and leave unknown reasons to the generic error', () => {
    const t = ((key: string, values: Record<string, string>) => `${key}:${values.holder}:${values.until}`) as never;
    expect(
      bookingRefusalText(
        t,
        { reason: 'unit-held-by-other', details: { holderName: 'Иван', until: '2026-12-10T10:00:00.000Z' } },
        () => 'D',
      ),
    ).toBe('bookings.refusals.unitHeldByOther:Иван:D');
    expect(bookingRefusalText(t, { reason: 'other', details: {} }, () => 'D')).toBeNull();
  });
});
