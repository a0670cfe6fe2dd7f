import { paths, type Invoice } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { readDocumentBrand, type DocumentStore } from '../mandates/mandate-store';
import { storeRendered } from '../mandates/send-document';
import { runTransaction } from '../lib/transactions';
import type { NumberedInvoice } from './cii-xml';
import { invoiceRef } from './invoice-store';
import { invoicingLog } from './invoicing.log';

export interface InvoiceRenderingDeps {
  db: Firestore;
  files: DocumentStore;
  now: () => Date;
}

const isNumbered = (invoice: Invoice | undefined): invoice is NumberedInvoice =>
  invoice !== undefined && invoice.number !== null && invoice.issuedAt !== null && invoice.dueAt !== null;

/**
 * Renders a numbered invoice's PDF once (a Factur-X e-invoice for a business customer) in the
 * tenant's branding and language, stores it under the invoice's folder and records it on the
 * invoice. A replay finds the PDF recorded and renders nothing; a render that lost a race is removed.
 */
export async function renderInvoiceFile(
  deps: InvoiceRenderingDeps,
  tenantId: string,
  invoiceId: string,
): Promise<'rendered' | 'already-rendered' | 'not-numbered'> {
  const { db } = deps;
  const ref = invoiceRef(db, tenantId, invoiceId);
  const invoice = (await ref.get()).data();
  if (!isNumbered(invoice)) return 'not-numbered';
  if (invoice.pdf) return 'already-rendered';
  const { brand } = await runTransaction(db, (tx) => readDocumentBrand(db, tx, tenantId), { readOnly: true });
  const { renderInvoicePdf } = await import('./invoice-pdf');
  const pdf = await renderInvoicePdf(invoice, brand);
  const rendered = await storeRendered(
    deps.files,
    Buffer.from(pdf),
    (file) => paths.invoiceFile(tenantId, invoiceId, file),
    invoice.number,
    `${invoice.number}.pdf`,
  );
  const kept = await runTransaction(db, async (tx) => {
    const current = (await tx.get(ref)).data();
    if (!current || current.pdf) return current?.pdf?.storagePath ?? null;
    tx.set(ref, { ...current, pdf: rendered, updatedAt: deps.now() });
    return rendered.storagePath;
  });
  if (kept !== rendered.storagePath) {
    await deps.files.remove(rendered.storagePath);
    return 'already-rendered';
  }
  invoicingLog.invoiceRendered(tenantId, invoiceId, rendered.storagePath);
  return 'rendered';
}
