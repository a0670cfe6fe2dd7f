import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountDueCents,
  creditLinesRefusal,
  creditNoteRefusal,
  draftState,
  invoicePaymentRefusal,
  withCreditNote,
  withInvoicePayment,
} from './invoice-rules';
import type { Invoice } from './invoice.schema';

type State = Pick<Invoice, 'kind' | 'status' | 'totals' | 'paidCents' | 'creditedCents'>;
const invoice = (overrides: Partial<State> = {}): State => ({
  kind: 'fees',
  status: 'validated',
  totals: { netCents: 1_000_000, vatCents: 200_000, grossCents: 1_200_000, vat: [] },
  paidCents: 0,
  creditedCents: 0,
  ...overrides,
});

describe('payments', () => {
  it('takes partial payments and marks the invoice paid with the last one', () => {
    const first = { ...invoice(), ...withInvoicePayment(invoice(), 400_000) };
    expect(first).toMatchObject({ paidCents: 400_000, status: 'validated' });
    expect(amountDueCents(first)).toBe(800_000);
    expect(invoicePaymentRefusal(first, 800_001)).toBe('amount-above-due');
    expect({ ...first, ...withInvoicePayment(first, 800_000) }).toMatchObject({ paidCents: 1_200_000, status: 'paid' });
  });

  it('refuses payments on drafts, closed invoices and of nothing', () => {
    expect(invoicePaymentRefusal(invoice({ status: 'draft' }), 100)).toBe('invoice-not-validated');
    expect(invoicePaymentRefusal(invoice({ status: 'paid' }), 100)).toBe('invoice-closed');
    expect(invoicePaymentRefusal(invoice({ status: 'cancelled' }), 100)).toBe('invoice-closed');
    expect(invoicePaymentRefusal(invoice(), 0)).toBe('amount-not-positive');
    expect(invoicePaymentRefusal(invoice({ status: 'sent' }), 1_200_000)).toBeNull();
  });

  it('never lets payments exceed the total, in any order of amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10, max: 2_000_000 }), { maxLength: 20 }), (amounts) => {
        let state = invoice();
        for (const amount of amounts) {
          if (invoicePaymentRefusal(state, amount) === null) state = { ...state, ...withInvoicePayment(state, amount) };
        }
        expect(state.paidCents).toBeLessThanOrEqual(state.totals.grossCents);
        expect(state.status === 'paid').toBe(state.paidCents === state.totals.grossCents);
      }),
    );
  });
});

describe('credit notes', () => {
  it('cancels an invoice credited in full, and leaves one credited in part to be paid', () => {
    expect(withCreditNote(invoice(), 1_200_000)).toEqual({ creditedCents: 1_200_000, status: 'cancelled' });
    const part = { ...invoice(), ...withCreditNote(invoice(), 200_000) };
    expect(part.status).toBe('validated');
    expect(amountDueCents(part)).toBe(1_000_000);
    expect({ ...part, ...withInvoicePayment(part, 1_000_000) }.status).toBe('paid');
  });

  it('refuses to credit a draft, a credit note, a cancelled invoice or more than is left', () => {
    expect(creditNoteRefusal(invoice({ status: 'draft' }), 100)).toBe('invoice-not-validated');
    expect(creditNoteRefusal(invoice({ kind: 'credit-note' }), 100)).toBe('invoice-is-credit-note');
    expect(creditNoteRefusal(invoice({ status: 'cancelled' }), 100)).toBe('invoice-cancelled');
    expect(creditNoteRefusal(invoice({ creditedCents: 1_000_000 }), 200_001)).toBe('amount-above-invoice');
    expect(creditNoteRefusal(invoice({ status: 'paid', paidCents: 1_200_000 }), 1_200_000)).toBeNull();
  });

  it('takes VAT off only at the rates or exemptions the invoice charged', () => {
    const charged = [
      { vat: { category: 'S', ratePercent: 20 } },
      { vat: { category: 'E', exemptionReason: 'TVA non applicable, art. 293 B du CGI' } },
    ] as const;
    expect(creditLinesRefusal(charged, [{ vat: { category: 'S', ratePercent: 20 } }])).toBeNull();
    expect(creditLinesRefusal(charged, [charged[1]])).toBeNull();
    expect(creditLinesRefusal(charged, [{ vat: { category: 'S', ratePercent: 10 } }])).toBe('credit-vat-mismatch');
    expect(creditLinesRefusal(charged, [charged[0], { vat: { category: 'E', exemptionReason: 'Autre motif' } }])).toBe(
      'credit-vat-mismatch',
    );
  });
});

describe('drafts', () => {
  it('start unnumbered, unpaid and uncredited, made and changed when and by whom they are drafted', () => {
    const at = new Date('2026-12-08T09:00:00Z');
    expect(draftState(at, 'owner')).toMatchObject({
      status: 'draft',
      number: null,
      sequence: null,
      paidCents: 0,
      creditedCents: 0,
      createdAt: at,
      createdBy: 'owner',
      updatedAt: at,
      validatedAt: null,
    });
  });
});
