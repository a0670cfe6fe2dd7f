import { escapeFormulaCell, toCsv, type InvoicePayment, type PaymentMethod } from '@estate/domain';

export interface PaymentColumns {
  headers: readonly string[];
  method: (method: PaymentMethod) => string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The journal's rows as a spreadsheet holds them: the day, the invoice, the customer, how, the amount. */
export function paymentRows(payments: readonly InvoicePayment[], columns: PaymentColumns): (string | number)[][] {
  return payments.map((payment) => [
    isoDay(payment.paidOn),
    payment.invoiceNumber,
    payment.customerName,
    columns.method(payment.method),
    payment.reference,
    payment.amountCents / 100,
  ]);
}

/**
 * The journal as CSV for a French spreadsheet or accounting tool: semicolons, decimal commas, amounts
 * to the cent, and a last row with the month's total.
 */
export function paymentsCsv(payments: readonly InvoicePayment[], columns: PaymentColumns, totalLabel: string): string {
  const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
  const total = payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  return toCsv(
    [
      [...columns.headers],
      ...payments.map((payment) => [
        isoDay(payment.paidOn),
        payment.invoiceNumber,
        // Names and references are typed by people: a spreadsheet must not run one as a formula.
        escapeFormulaCell(payment.customerName),
        columns.method(payment.method),
        escapeFormulaCell(payment.reference),
        euros(payment.amountCents),
      ]),
      [totalLabel, '', '', '', '', euros(total)],
    ],
    ';',
  );
}
