import { isTeamManager, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { invoiceRef } from './invoice-store';

/**
 * An invoice's PDF, read as the invoice is (firestore.rules, invoices): by the owner and admins.
 * Functions write it, so no upload is recognised; a record naming a file outside the invoice's
 * folder is answered as missing.
 */
export const invoiceFileAccess: PrivateFileAccess<'invoice'> = {
  kind: 'invoice',
  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isTeamManager(viewer.role)) return { status: 'not-allowed' };
    const invoice = (await invoiceRef(db, viewer.tenantId, ref.invoiceId).get()).data();
    const file = invoice?.pdf;
    if (!invoice || !file || !file.storagePath.startsWith(paths.invoiceFile(viewer.tenantId, invoice.id, ''))) {
      return { status: 'not-found' };
    }
    return {
      status: 'granted',
      file: { storagePath: file.storagePath, fileName: file.fileName, contentType: 'application/pdf' },
    };
  },
  uploaded: () => null,
};
