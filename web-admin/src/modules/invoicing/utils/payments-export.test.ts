import { parseCsv, type InvoicePayment } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { paymentRows, paymentsCsv } from './payments-export';

const payment = (id: string, amountCents: number, customerName: string): InvoicePayment => ({
  id,
  invoiceId: `inv-${id}`,
  invoiceNumber: `F-2026-00000${id}`,
  customerName,
  amountCents,
  currency: 'EUR',
  paidOn: new Date('2026-12-04T00:00:00Z'),
  method: 'transfer',
  reference: 'VIR; "4471"',
  recordedAt: new Date('2026-12-04T10:00:00Z'),
  recordedBy: 'owner',
});
const columns = {
  headers: ['Date', 'Facture', 'Client', 'Moyen', 'Référence', 'Montant'],
  method: () => 'Virement',
};

describe('the payments journal’s export', () => {
  const payments = [payment('1', 1_500_050, 'SCI Les Tilleuls'), payment('2', 99, 'Мария Иванова')];

  it('writes semicolons and decimal commas, quotes what needs it, and ends with the total', () => {
    const csv = paymentsCsv(payments, columns, 'Total');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''), ';');
    expect(rows[0]).toEqual(columns.headers);
    expect(rows[1]).toEqual(['2026-12-04', 'F-2026-000001', 'SCI Les Tilleuls', 'Virement', 'VIR; "4471"', '15000,50']);
    expect(rows[2]?.[2]).toBe('Мария Иванова');
    expect(rows[3]).toEqual(['Total', '', '', '', '', '15001,49']);
  });

  it('neutralises a name or reference a spreadsheet would run as a formula', () => {
    const risky = { ...payment('3', 100, '=HYPERLINK("http://x","y")'), reference: '@SUM(A1)' };
    const rows = parseCsv(paymentsCsv([risky], columns, 'Total').replace(/^\uFEFF/, ''), ';');
    expect(rows[1]?.[2]).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[1]?.[4]).toBe("'@SUM(A1)");
  });

  it('keeps amounts as numbers for the spreadsheet', () => {
    expect(paymentRows(payments, columns)[0]?.[5]).toBe(15_000.5);
  });
});
