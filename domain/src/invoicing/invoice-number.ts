/**
 * Invoice numbers: one series per issuer, kind of document and calendar year, numbered from 1 with
 * no gap, as French law requires (continuous and chronological). The number reads
 * `F-2026-000124`: the series' prefix, the year, the sequence on six digits (more once past 999 999).
 */
export const INVOICE_PREFIXES = {
  /** The agency's fee invoices. */
  fees: 'F',
  /** Credit notes ("avoirs") correcting a validated invoice of the same issuer. */
  'credit-note': 'AV',
  /** Commission invoices the network issues in an agent's name (self-billing). */
  commission: 'AF',
  /** Invoices of partner agencies and of referring agents, self-billed in the same way. */
  partner: 'PA',
  referral: 'RE',
} as const;
export type InvoiceSeriesKind = keyof typeof INVOICE_PREFIXES;

/** The id of a series' counter document: one per issuer (the agency, an agent, a partner), kind and year. */
export const invoiceSeriesId = (issuerId: string, kind: InvoiceSeriesKind, year: number) =>
  `${issuerId}_${kind}_${year}`;

export function formatInvoiceNumber(kind: InvoiceSeriesKind, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`an invoice sequence starts at 1: ${sequence}`);
  return `${INVOICE_PREFIXES[kind]}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The year an invoice validated at `at` is numbered in: the calendar year in Paris, where the law applies. */
export function invoiceYear(at: Date, timeZone = 'Europe/Paris'): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}
