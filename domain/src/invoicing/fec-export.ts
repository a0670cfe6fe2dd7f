import type { Invoice, InvoicePayment } from './invoice.schema';

/**
 * The accountant's export in the form of the French "fichier des écritures comptables" (FEC, Livre des
 * procédures fiscales, art. A47 A-1): its 18 columns in their order, one record per line of an entry,
 * fields separated by tabs, dates as YYYYMMDD, amounts with a decimal comma. It covers what invoicing
 * knows for a period: the sales journal (fee invoices and credit notes), the purchases journal (the
 * commission invoices issued in agents' names) and the bank journal (payments received). Accounts
 * follow the French chart of accounts; each customer and agent has an auxiliary account.
 */
export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

export const FEC_ACCOUNTS = {
  customers: ['411000', 'Clients'],
  suppliers: ['401000', 'Fournisseurs'],
  fees: ['706000', 'Prestations de services'],
  commissions: ['622200', 'Commissions et courtages sur ventes'],
  vatCollected: ['445710', 'TVA collectée'],
  vatDeductible: ['445660', 'TVA déductible sur autres biens et services'],
  bank: ['512000', 'Banque'],
} as const;

const JOURNALS = { VE: 'Ventes', HA: 'Achats', BQ: 'Banque' } as const;
type JournalCode = keyof typeof JOURNALS;

/** `20261204`: a day in Paris (an instant) or a calendar day read as midnight UTC. */
const parisDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date).replace(/-/g, '');
const calendarDay = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const amount = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
/** A field never holds the separator or a line break. */
const field = (text: string) => text.replace(/[\t\r\n|]+/g, ' ').trim();

/** The auxiliary account of a party: its name in capitals, letters and digits only (both journals agree). */
export function auxiliaryAccount(name: string): string {
  const letters = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return letters.slice(0, 17) || 'DIVERS';
}

interface Line {
  account: readonly [string, string];
  aux: string | null;
  debitCents: number;
  creditCents: number;
}

interface Entry {
  journal: JournalCode;
  day: string;
  pieceRef: string;
  pieceDay: string;
  label: string;
  validDay: string;
  auxLabel: string;
  lines: Line[];
}

type ExportedInvoice = Pick<
  Invoice,
  'kind' | 'selfBilled' | 'number' | 'issuedAt' | 'validatedAt' | 'customer' | 'issuer' | 'totals'
>;

function invoiceEntry(invoice: ExportedInvoice): Entry | null {
  if (invoice.number === null || invoice.issuedAt === null) return null;
  const day = parisDay(invoice.issuedAt);
  const validDay = parisDay(invoice.validatedAt ?? invoice.issuedAt);
  if (invoice.selfBilled) {
    // Issued in the agent's name to the agency: a purchase of the agency.
    const aux = auxiliaryAccount(invoice.issuer.name);
    return {
      journal: 'HA',
      day,
      pieceRef: invoice.number,
      pieceDay: day,
      label: `Commission ${invoice.number} ${invoice.issuer.name}`,
      validDay,
      auxLabel: invoice.issuer.name,
      lines: [
        ...invoice.totals.vat.flatMap((group) => [
          { account: FEC_ACCOUNTS.commissions, aux: null, debitCents: group.taxableCents, creditCents: 0 },
          ...(group.taxCents > 0
            ? [{ account: FEC_ACCOUNTS.vatDeductible, aux: null, debitCents: group.taxCents, creditCents: 0 }]
            : []),
        ]),
        { account: FEC_ACCOUNTS.suppliers, aux, debitCents: 0, creditCents: invoice.totals.grossCents },
      ],
    };
  }
  const aux = auxiliaryAccount(invoice.customer.name);
  const credit = invoice.kind === 'credit-note';
  // An invoice debits the customer and credits the fees and the VAT; a credit note the other way round.
  const side = (cents: number, onDebit: boolean) =>
    onDebit !== credit ? { debitCents: cents, creditCents: 0 } : { debitCents: 0, creditCents: cents };
  return {
    journal: 'VE',
    day,
    pieceRef: invoice.number,
    pieceDay: day,
    label: `${credit ? 'Avoir' : 'Facture'} ${invoice.number} ${invoice.customer.name}`,
    validDay,
    auxLabel: invoice.customer.name,
    lines: [
      { account: FEC_ACCOUNTS.customers, aux, ...side(invoice.totals.grossCents, true) },
      ...invoice.totals.vat.flatMap((group) => [
        { account: FEC_ACCOUNTS.fees, aux: null, ...side(group.taxableCents, false) },
        ...(group.taxCents > 0
          ? [{ account: FEC_ACCOUNTS.vatCollected, aux: null, ...side(group.taxCents, false) }]
          : []),
      ]),
    ],
  };
}

function paymentEntry(
  payment: Pick<
    InvoicePayment,
    'invoiceNumber' | 'customerName' | 'amountCents' | 'paidOn' | 'recordedAt' | 'reference'
  >,
): Entry {
  const day = calendarDay(payment.paidOn);
  return {
    journal: 'BQ',
    day,
    pieceRef: payment.invoiceNumber,
    pieceDay: day,
    label: `Règlement ${payment.invoiceNumber} ${payment.customerName}${payment.reference ? ` ${payment.reference}` : ''}`,
    validDay: parisDay(payment.recordedAt),
    auxLabel: payment.customerName,
    lines: [
      { account: FEC_ACCOUNTS.bank, aux: null, debitCents: payment.amountCents, creditCents: 0 },
      {
        account: FEC_ACCOUNTS.customers,
        aux: auxiliaryAccount(payment.customerName),
        debitCents: 0,
        creditCents: payment.amountCents,
      },
    ],
  };
}

/**
 * The period's records, the header first: entries in the order of their day, journal by journal
 * numbered 1, 2, 3… (`VE1`, `BQ1`…); every entry balances (its debits equal its credits).
 */
export function fecRecords(
  invoices: readonly ExportedInvoice[],
  payments: readonly Parameters<typeof paymentEntry>[0][],
): string[][] {
  const entries = [...invoices.flatMap((invoice) => invoiceEntry(invoice) ?? []), ...payments.map(paymentEntry)].sort(
    (a, b) => a.day.localeCompare(b.day) || a.journal.localeCompare(b.journal) || a.pieceRef.localeCompare(b.pieceRef),
  );
  const next: Record<JournalCode, number> = { VE: 0, HA: 0, BQ: 0 };
  const records: string[][] = [[...FEC_COLUMNS]];
  for (const entry of entries) {
    next[entry.journal] += 1;
    const number = `${entry.journal}${next[entry.journal]}`;
    for (const line of entry.lines) {
      records.push([
        entry.journal,
        JOURNALS[entry.journal],
        number,
        entry.day,
        line.account[0],
        line.account[1],
        line.aux ?? '',
        line.aux ? field(entry.auxLabel) : '',
        field(entry.pieceRef),
        entry.pieceDay,
        field(entry.label),
        amount(line.debitCents),
        amount(line.creditCents),
        '',
        '',
        entry.validDay,
        '',
        '',
      ]);
    }
  }
  return records;
}

/** The records as the file holds them: tab-separated fields, CRLF line ends. */
export const fecText = (records: readonly (readonly string[])[]) =>
  records.map((record) => record.join('\t')).join('\r\n') + '\r\n';

/** `812345650FEC20261231.txt`: the issuer's SIREN, then the period's last day. */
export const fecFileName = (siren: string, lastDay: Date) => `${siren}FEC${calendarDay(lastDay)}.txt`;

/** Midnight in Paris on a day (month 1 to 12): 23:00 or 22:00 UTC the day before. */
function parisMidnight(year: number, month: number, day: number): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const parisHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(utcMidnight),
    ),
  );
  return new Date(utcMidnight - parisHour * 3_600_000);
}

/**
 * The instants of a month (`2026-12`) in Paris, where invoices are dated: from its first midnight to
 * the next month's; and its last calendar day, which names the export.
 */
export function parisMonthRange(month: string): { from: Date; to: Date; lastDay: Date } {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return {
    from: parisMidnight(year, index, 1),
    to: parisMidnight(year, index + 1, 1),
    lastDay: new Date(Date.UTC(year, index, 0)),
  };
}
