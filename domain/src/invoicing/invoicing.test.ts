import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, invoiceSeriesId, invoiceYear } from './invoice-number';
import { invoiceLineSchema, invoiceTotals, VAT_FRANCHISE_REASON, type InvoiceLine } from './invoice-totals';
import { invoiceMailWords } from './invoicing.mail-templates';
import { renderMail } from '../mail/mail-templates';

const standard = (ratePercent: number) => ({ category: 'S' as const, ratePercent });
const feeLine = (unitPriceCents: number, quantity = 1, ratePercent = 20): InvoiceLine => ({
  description: 'Honoraires de négociation',
  quantity,
  unitPriceCents,
  vat: standard(ratePercent),
});

describe('invoiceTotals', () => {
  it('adds VAT per rate on the sum of the lines, rounded once', () => {
    // Three lines of 0.33 € at 20 %: 0.99 € whose VAT is 0.198 €, 20 cents; line by line it would be 21.
    const totals = invoiceTotals([feeLine(33), feeLine(33), feeLine(33)]);
    expect(totals).toMatchObject({ netCents: 99, vatCents: 20, grossCents: 119 });
    expect(totals.vat).toEqual([
      { category: 'S', ratePercent: 20, exemptionReason: null, taxableCents: 99, taxCents: 20 },
    ]);
  });

  it('keeps one breakdown per rate and one per exemption reason', () => {
    const totals = invoiceTotals([
      feeLine(1_000_000),
      feeLine(10_000, 2.5, 5.5),
      {
        description: 'Commission',
        quantity: 1,
        unitPriceCents: 500_000,
        vat: { category: 'E', exemptionReason: VAT_FRANCHISE_REASON },
      },
    ]);
    expect(totals.lineNetCents).toEqual([1_000_000, 25_000, 500_000]);
    expect(totals.vat.map((group) => [group.category, group.ratePercent, group.taxableCents, group.taxCents])).toEqual([
      ['S', 20, 1_000_000, 200_000],
      ['S', 5.5, 25_000, 1_375],
      ['E', 0, 500_000, 0],
    ]);
    expect(totals.grossCents).toBe(1_525_000 + 201_375);
  });

  it('rounds a line net half up to the cent: 0.125 × 0.10 € is 1 cent, 0.5 × 0.03 € is 2', () => {
    expect(invoiceTotals([feeLine(10, 0.125), feeLine(3, 0.5)]).lineNetCents).toEqual([1, 2]);
  });

  it('has totals that are exact sums, as EN 16931 checks them, whatever the lines', () => {
    const line = fc.record({
      description: fc.constant('Ligne'),
      quantity: fc.integer({ min: 1, max: 1_000_000 }).map((thousandths) => thousandths / 1000),
      unitPriceCents: fc.integer({ min: 0, max: 100_000_000 }),
      vat: fc.constantFrom(standard(20), standard(10), standard(5.5), standard(2.1)),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const totals = invoiceTotals(lines);
        expect(totals.netCents).toBe(totals.lineNetCents.reduce((sum, amount) => sum + amount, 0));
        expect(totals.netCents).toBe(totals.vat.reduce((sum, group) => sum + group.taxableCents, 0));
        expect(totals.grossCents).toBe(totals.netCents + totals.vatCents);
        for (const group of totals.vat) {
          expect(Math.abs(group.taxCents - (group.taxableCents * group.ratePercent) / 100)).toBeLessThanOrEqual(0.5);
        }
      }),
    );
  });

  it('refuses a quantity of more than three decimals, a rate of 0 for standard VAT and a line too large', () => {
    expect(invoiceLineSchema.safeParse(feeLine(100, 0.0001)).error?.issues[0]?.message).toBe('at most three decimals');
    expect(invoiceLineSchema.safeParse(feeLine(100, 1, 0)).error?.issues[0]?.message).toBe('more than 0');
    expect(invoiceLineSchema.safeParse(feeLine(100, 1, 20)).success).toBe(true);
    expect(invoiceLineSchema.safeParse(feeLine(100_000_000_000, 2)).error?.issues[0]?.message).toBe(
      'the line’s total is too large',
    );
  });
});

describe('invoice numbers', () => {
  it('reads prefix, year and a six-digit sequence', () => {
    expect(formatInvoiceNumber('fees', 2026, 124)).toBe('F-2026-000124');
    expect(formatInvoiceNumber('credit-note', 2027, 1)).toBe('AV-2027-000001');
    expect(formatInvoiceNumber('commission', 2026, 1_234_567)).toBe('AF-2026-1234567');
    expect(() => formatInvoiceNumber('fees', 2026, 0)).toThrow(RangeError);
  });

  it('numbers by the calendar year in Paris: 31 December 23:30 UTC is already next year', () => {
    expect(invoiceYear(new Date('2026-12-31T22:59:00Z'))).toBe(2026);
    expect(invoiceYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(invoiceSeriesId('agency', 'fees', 2027)).toBe('agency_fees_2027');
  });
});

describe('the mail that sends an invoice', () => {
  const invoice = {
    kind: 'fees',
    issuedAt: new Date('2026-12-04T10:00:00Z'),
    totals: { grossCents: 1_500_050 },
    currency: 'EUR',
  };

  it('names the document, its day and its total in the reader’s language', () => {
    expect(invoiceMailWords('fr', invoice)).toEqual({
      documentTitle: 'Facture',
      issuedOn: '4 décembre 2026',
      total: '15 000,50 €',
    });
    expect(invoiceMailWords('en', { ...invoice, kind: 'credit-note' }).documentTitle).toBe('Credit note');
    expect(invoiceMailWords('ru', invoice).total).toBe('15 000,50 €');
  });

  it('renders with the number in its subject and the sender’s note, escaped in HTML', () => {
    const data = { number: 'F-2026-000001', note: '<b>Merci</b>', ...invoiceMailWords('fr', invoice) };
    const mail = renderMail('invoice-sent', 'fr', data, { name: 'Agence du Port', primaryColor: '#1c7ed6' });
    expect(mail.subject).toBe('Facture F-2026-000001 – Agence du Port');
    expect(mail.text).toContain('Facture n° F-2026-000001 du 4 décembre 2026, d’un montant de 15 000,50 € TTC.');
    expect(mail.html).toContain('&lt;b&gt;Merci&lt;/b&gt;');
  });
});
