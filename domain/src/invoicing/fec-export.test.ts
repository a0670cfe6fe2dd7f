import { describe, expect, it } from 'vitest';
import { auxiliaryAccount, FEC_COLUMNS, fecFileName, fecRecords, fecText, parisMonthRange } from './fec-export';

const vat = (taxableCents: number, taxCents: number, ratePercent = 20) => ({
  category: 'S' as const,
  ratePercent,
  exemptionReason: null,
  taxableCents,
  taxCents,
});
const party = (name: string) => ({
  name,
  address: { street: '1 rue', postalCode: '13001', city: 'Marseille', country: 'FR' },
  siren: null,
  vatNumber: null,
  email: null,
  mentions: [],
});
const feeInvoice = {
  kind: 'fees' as const,
  selfBilled: false,
  number: 'F-2026-000001',
  issuedAt: new Date('2026-12-03T23:30:00Z'), // the 4th in Paris
  validatedAt: new Date('2026-12-03T23:30:00Z'),
  customer: party('SCI Les Tilleuls'),
  issuer: party('Agence du Port'),
  totals: { netCents: 1_000_000, vatCents: 200_000, grossCents: 1_200_000, vat: [vat(1_000_000, 200_000)] },
};
const creditNote = {
  ...feeInvoice,
  kind: 'credit-note' as const,
  number: 'AV-2026-000001',
  issuedAt: new Date('2026-12-10T10:00:00Z'),
  validatedAt: new Date('2026-12-10T10:00:00Z'),
  totals: { netCents: 100_000, vatCents: 20_000, grossCents: 120_000, vat: [vat(100_000, 20_000)] },
};
const commission = {
  ...feeInvoice,
  kind: 'commission' as const,
  selfBilled: true,
  number: 'AF-2026-000001',
  issuer: party('Léa Martin EI'),
  customer: party('Agence du Port'),
  totals: {
    netCents: 700_000,
    vatCents: 0,
    grossCents: 700_000,
    vat: [{ ...vat(700_000, 0, 0), category: 'E' as const, exemptionReason: 'TVA non applicable' }],
  },
};
const payment = {
  invoiceNumber: 'F-2026-000001',
  customerName: 'SCI Les Tilleuls',
  amountCents: 1_080_000,
  paidOn: new Date('2026-12-15T00:00:00Z'),
  recordedAt: new Date('2026-12-15T09:00:00Z'),
  reference: 'VIR\t4471',
};

const cents = (value: string) => Math.round(Number(value.replace(',', '.')) * 100);

describe('the FEC export', () => {
  const records = fecRecords([creditNote, commission, feeInvoice], [payment]);
  const rows = records.slice(1);
  const column = (name: (typeof FEC_COLUMNS)[number]) => FEC_COLUMNS.indexOf(name);

  it('has the 18 columns of art. A47 A-1 in their order, and every line has them all', () => {
    expect(records[0]).toEqual([...FEC_COLUMNS]);
    expect(FEC_COLUMNS).toHaveLength(18);
    for (const row of rows) expect(row).toHaveLength(18);
  });

  it('balances every entry, and numbers each journal 1, 2, 3… in the order of the days', () => {
    const byEntry = new Map<string, number>();
    for (const row of rows) {
      const key = row[column('EcritureNum')]!;
      byEntry.set(key, (byEntry.get(key) ?? 0) + cents(row[column('Debit')]!) - cents(row[column('Credit')]!));
    }
    expect([...byEntry.keys()]).toEqual(['HA1', 'VE1', 'VE2', 'BQ1']);
    expect([...byEntry.values()].every((balance) => balance === 0)).toBe(true);
  });

  it('debits the customer for an invoice and credits them for a credit note, fees and VAT the other way', () => {
    const invoiceLines = rows.filter((row) => row[column('PieceRef')] === 'F-2026-000001' && row[0] === 'VE');
    expect(invoiceLines.map((row) => [row[column('CompteNum')], row[column('Debit')], row[column('Credit')]])).toEqual([
      ['411000', '12000,00', '0,00'],
      ['706000', '0,00', '10000,00'],
      ['445710', '0,00', '2000,00'],
    ]);
    expect(invoiceLines[0]?.[column('EcritureDate')]).toBe('20261204');
    expect(invoiceLines[0]?.[column('CompAuxNum')]).toBe('SCILESTILLEULS');
    const creditLines = rows.filter((row) => row[column('PieceRef')] === 'AV-2026-000001');
    expect(creditLines[0]?.slice(column('CompteNum'), column('CompteNum') + 1)).toEqual(['411000']);
    expect([creditLines[0]?.[column('Debit')], creditLines[0]?.[column('Credit')]]).toEqual(['0,00', '1200,00']);
  });

  it('books the agents’ commission invoices as purchases and the payments in the bank journal', () => {
    const purchase = rows.filter((row) => row[0] === 'HA');
    expect(purchase.map((row) => [row[column('CompteNum')], row[column('Debit')], row[column('Credit')]])).toEqual([
      ['622200', '7000,00', '0,00'],
      ['401000', '0,00', '7000,00'],
    ]);
    expect(purchase[1]?.[column('CompAuxNum')]).toBe(auxiliaryAccount('Léa Martin EI'));
    const bank = rows.filter((row) => row[0] === 'BQ');
    expect(bank.map((row) => row[column('CompteNum')])).toEqual(['512000', '411000']);
    expect(bank[0]?.[column('EcritureLib')]).toBe('Règlement F-2026-000001 SCI Les Tilleuls VIR 4471');
  });

  it('writes tab-separated lines ending in CRLF, under the SIREN and the period’s last day', () => {
    const text = fecText(records);
    expect(text.split('\r\n')[0]).toBe(FEC_COLUMNS.join('\t'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => line === '' || line.split('\t').length === 18)).toBe(true);
    expect(fecFileName('812345650', new Date('2026-12-31T00:00:00Z'))).toBe('812345650FEC20261231.txt');
    expect(auxiliaryAccount('Élodie Ñúñez & Cie')).toBe('ELODIENUNEZCIE');
  });
});

describe('a month in Paris', () => {
  it('runs from its first midnight in Paris to the next month’s, winter and summer', () => {
    expect(parisMonthRange('2026-12')).toEqual({
      from: new Date('2026-11-30T23:00:00Z'),
      to: new Date('2026-12-31T23:00:00Z'),
      lastDay: new Date('2026-12-31T00:00:00Z'),
    });
    expect(parisMonthRange('2026-07').from).toEqual(new Date('2026-06-30T22:00:00Z'));
    expect(parisMonthRange('2026-03').to).toEqual(new Date('2026-03-31T22:00:00Z'));
  });
});
