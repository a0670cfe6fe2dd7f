import type { Invoice, InvoiceStatus } from './invoice.schema';
import { vatKey, type InvoiceLine } from './invoice-totals';

type InvoiceState = Pick<Invoice, 'status' | 'totals' | 'paidCents' | 'creditedCents'>;

/** What is left to pay: the total less payments and credit notes. */
export const amountDueCents = (invoice: InvoiceState) =>
  Math.max(invoice.totals.grossCents - invoice.paidCents - invoice.creditedCents, 0);

/** Why a payment cannot be recorded, or null when it can. */
export function invoicePaymentRefusal(
  invoice: InvoiceState,
  amountCents: number,
): 'invoice-not-validated' | 'invoice-closed' | 'amount-not-positive' | 'amount-above-due' | null {
  if (invoice.status === 'draft') return 'invoice-not-validated';
  if (invoice.status === 'paid' || invoice.status === 'cancelled') return 'invoice-closed';
  if (amountCents <= 0) return 'amount-not-positive';
  if (amountCents > amountDueCents(invoice)) return 'amount-above-due';
  return null;
}

/** The invoice once a payment is recorded: paid when nothing is left to pay. */
export function withInvoicePayment(invoice: InvoiceState, amountCents: number): Pick<Invoice, 'paidCents' | 'status'> {
  const paidCents = invoice.paidCents + amountCents;
  const status: InvoiceStatus =
    paidCents + invoice.creditedCents >= invoice.totals.grossCents ? 'paid' : invoice.status;
  return { paidCents, status };
}

/** Why a credit note of this amount cannot correct the invoice, or null when it can. */
export function creditNoteRefusal(
  invoice: InvoiceState & Pick<Invoice, 'kind'>,
  amountCents: number,
):
  | 'invoice-not-validated'
  | 'invoice-is-credit-note'
  | 'invoice-cancelled'
  | 'amount-not-positive'
  | 'amount-above-invoice'
  | null {
  if (invoice.kind === 'credit-note') return 'invoice-is-credit-note';
  if (invoice.status === 'draft') return 'invoice-not-validated';
  if (invoice.status === 'cancelled') return 'invoice-cancelled';
  if (amountCents <= 0) return 'amount-not-positive';
  if (amountCents > invoice.totals.grossCents - invoice.creditedCents) return 'amount-above-invoice';
  return null;
}

/**
 * The corrected invoice once a validated credit note takes `amountCents` off it: cancelled when
 * credited in full, paid when payments cover what is left.
 */
export function withCreditNote(invoice: InvoiceState, amountCents: number): Pick<Invoice, 'creditedCents' | 'status'> {
  const creditedCents = invoice.creditedCents + amountCents;
  if (creditedCents >= invoice.totals.grossCents) return { creditedCents, status: 'cancelled' };
  const status: InvoiceStatus =
    invoice.paidCents + creditedCents >= invoice.totals.grossCents ? 'paid' : invoice.status;
  return { creditedCents, status };
}

/**
 * Why a credit note's lines cannot correct these invoice lines, or null when they can: a credit note
 * takes VAT off at the rates (or exemptions) the invoice charged, never at another.
 */
export function creditLinesRefusal(
  invoiceLines: readonly Pick<InvoiceLine, 'vat'>[],
  creditLines: readonly Pick<InvoiceLine, 'vat'>[],
): 'credit-vat-mismatch' | null {
  const charged = new Set(invoiceLines.map((entry) => vatKey(entry.vat)));
  return creditLines.every((entry) => charged.has(vatKey(entry.vat))) ? null : 'credit-vat-mismatch';
}

/**
 * The state of every invoice drafted now, whatever its kind: unnumbered, unpaid, with nothing
 * credited, created and last changed at `at` by `by`.
 */
export function draftState(at: Date, by: string) {
  return {
    status: 'draft',
    number: null,
    seriesId: null,
    sequence: null,
    issuedAt: null,
    dueAt: null,
    pdf: null,
    paidCents: 0,
    creditedCents: 0,
    sentAt: null,
    sentTo: null,
    transmission: null,
    createdAt: at,
    createdBy: by,
    validatedAt: null,
    validatedBy: null,
    updatedAt: at,
  } as const satisfies Partial<Invoice>;
}
