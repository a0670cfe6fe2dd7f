import {
  invoiceModel,
  invoiceTotals,
  invoicingSettingsModel,
  paths,
  type Invoice,
  type InvoiceLine,
  type InvoicingSettings,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';

const invoiceConverter = converterOf(invoiceModel);
const settingsConverter = converterOf(invoicingSettingsModel);

export const invoiceRef = (db: Firestore, tenantId: string, invoiceId: string): DocumentReference<Invoice> =>
  db.doc(paths.invoice(tenantId, invoiceId)).withConverter(invoiceConverter);

export const invoicingSettingsRef = (db: Firestore, tenantId: string): DocumentReference<InvoicingSettings> =>
  db.doc(paths.invoicingSettings(tenantId)).withConverter(settingsConverter);

export async function readInvoice(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  invoiceId: string,
): Promise<Invoice> {
  const invoice = (await tx.get(invoiceRef(db, tenantId, invoiceId))).data();
  if (!invoice) throw new Refusal('not-found', 'This invoice does not exist.', 'invoice-not-found');
  return invoice;
}

/** Settings › Invoicing, which every invoice needs before it is drafted or validated. */
export async function readInvoicingSettings(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<InvoicingSettings> {
  const settings = (await tx.get(invoicingSettingsRef(db, tenantId))).data();
  if (!settings) {
    throw new Refusal(
      'failed-precondition',
      'Fill in the agency’s invoicing details (Settings › Invoicing) first.',
      'invoicing-not-configured',
    );
  }
  return settings;
}

export function refuseUnlessDraft(invoice: Invoice): void {
  if (invoice.status !== 'draft') {
    throw new Refusal(
      'failed-precondition',
      'A validated invoice never changes: correct it with a credit note.',
      'invoice-not-draft',
    );
  }
}

/** The totals an invoice stores, computed from its lines (EN 16931's rules, domain/src/invoicing). */
export function storedTotals(lines: readonly InvoiceLine[]): Invoice['totals'] {
  const { netCents, vatCents, grossCents, vat } = invoiceTotals(lines);
  return { netCents, vatCents, grossCents, vat };
}
