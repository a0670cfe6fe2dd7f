import { FUNCTIONS_REGION, paths, UnreadableDocument } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb, readStorageFile } from '../lib/admin';
import { readEInvoicingPlatformName } from '../lib/config';
import { bucketDocumentStore } from '../mandates/mandate-store';
import { invoicingLog } from './invoicing.log';
import { numberInvoice } from './number-invoice.handler';
import { renderInvoiceFile } from './render-invoice.handler';
import { localPlatform, type EInvoicingPlatform } from './einvoicing-platform';
import { transmitInvoice } from './transmit-invoice.handler';

const PLATFORMS: Record<string, EInvoicingPlatform> = { local: localPlatform };

/** The platform the deployment names, if any (an unknown name transmits nothing and says so). */
function configuredPlatform(): EInvoicingPlatform | null {
  const name = readEInvoicingPlatformName();
  if (!name) return null;
  const platform = PLATFORMS[name];
  if (!platform) invoicingLog.unknownPlatform(name);
  return platform ?? null;
}

/**
 * An invoice written `validated` without a number gets the next of its series, once; an invoice
 * with a number and no PDF yet is rendered, once (the numbering's own write brings it here).
 */
export const onInvoiceWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.invoice('{tenantId}', '{invoiceId}'), retry: true, memory: '512MiB' },
  async (event) => {
    const { tenantId, invoiceId } = event.params;
    const after = event.data?.after.data();
    if (!tenantId || !invoiceId || !after || after.status === 'draft') return;
    try {
      if (after.number === null) {
        if (after.status === 'validated')
          await numberInvoice({ db: adminDb(), now: () => new Date() }, tenantId, invoiceId);
        return;
      }
      if (!after.pdf) {
        await renderInvoiceFile(
          { db: adminDb(), files: bucketDocumentStore(), now: () => new Date() },
          tenantId,
          invoiceId,
        );
        return;
      }
      const platform = configuredPlatform();
      if (!after.transmission && platform) {
        await transmitInvoice(
          { db: adminDb(), platform, readFile: readStorageFile, now: () => new Date() },
          tenantId,
          invoiceId,
        );
      }
    } catch (error) {
      if (error instanceof UnreadableDocument) return invoicingLog.unreadable(error.path, error);
      throw error;
    }
  },
);
