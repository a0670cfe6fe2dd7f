import { FUNCTIONS_REGION, paths, UnreadableDocument } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb } from '../lib/admin';
import { invoicingLog } from './invoicing.log';
import { numberInvoice } from './number-invoice.handler';

/** An invoice written `validated` without a number: it gets the next of its series, once. */
export const onInvoiceWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.invoice('{tenantId}', '{invoiceId}'), retry: true },
  async (event) => {
    const { tenantId, invoiceId } = event.params;
    const after = event.data?.after.data();
    if (!tenantId || !invoiceId || after?.status !== 'validated' || after.number !== null) return;
    try {
      await numberInvoice({ db: adminDb(), now: () => new Date() }, tenantId, invoiceId);
    } catch (error) {
      if (error instanceof UnreadableDocument) return invoicingLog.unreadable(error.path, error);
      throw error;
    }
  },
);
