import { isBusiness, type InvoiceTransmission } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { runTransaction } from '../lib/transactions';
import type { EInvoicingPlatform } from './einvoicing-platform';
import { invoiceRef } from './invoice-store';
import { invoicingLog } from './invoicing.log';

export interface TransmissionDeps {
  db: Firestore;
  platform: EInvoicingPlatform;
  readFile: (storagePath: string) => Promise<Buffer>;
  now: () => Date;
}

/**
 * Transmits a business customer's rendered e-invoice to the e-invoicing platform, once: a transaction
 * marks it `pending` only while it has no transmission, so a replayed trigger sends nothing; the
 * platform's answer (accepted with its reference, rejected with its reason) or the failure to reach it
 * is recorded on the invoice. A private customer's invoice is not transmitted (its data is kept for
 * e-reporting).
 */
export async function transmitInvoice(
  deps: TransmissionDeps,
  tenantId: string,
  invoiceId: string,
): Promise<'skipped' | InvoiceTransmission['status']> {
  const { db, platform } = deps;
  const ref = invoiceRef(db, tenantId, invoiceId);
  const claimed = await runTransaction(db, async (tx) => {
    const invoice = (await tx.get(ref)).data();
    if (!invoice?.pdf || invoice.number === null || invoice.transmission || !isBusiness(invoice.customer)) return null;
    const now = deps.now();
    tx.set(ref, {
      ...invoice,
      transmission: { status: 'pending', platform: platform.name, reference: null, error: null, at: now },
    });
    return { number: invoice.number, storagePath: invoice.pdf.storagePath };
  });
  if (!claimed) return 'skipped';

  let transmission: Omit<InvoiceTransmission, 'platform' | 'at'>;
  try {
    const answer = await platform.submit({
      invoiceNumber: claimed.number,
      pdf: await deps.readFile(claimed.storagePath),
    });
    transmission = answer.accepted
      ? { status: 'accepted', reference: answer.reference, error: null }
      : { status: 'rejected', reference: null, error: answer.reason.slice(0, 500) };
  } catch (error) {
    transmission = {
      status: 'failed',
      reference: null,
      error: String(error instanceof Error ? error.message : error).slice(0, 500),
    };
  }
  await runTransaction(db, async (tx) => {
    const current = (await tx.get(ref)).data();
    if (current?.transmission?.status !== 'pending') return;
    tx.set(ref, { ...current, transmission: { ...transmission, platform: platform.name, at: deps.now() } });
  });
  invoicingLog.invoiceTransmitted(tenantId, invoiceId, platform.name, transmission.status);
  return transmission.status;
}
