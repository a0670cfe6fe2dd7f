import { isCollaborator, isTeamManager, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { invoiceRef } from './invoice-store';

/**
 * An invoice's PDF, read as the invoice is (firestore.rules, invoices): by the owner and admins, and by
 * the agent an invoice is issued in the name of.
 * Functions write it, so no upload is recognised; a record naming a file outside the invoice's
 * folder is answered as missing.
 */
export const invoiceFileAccess: PrivateFileAccess<'invoice'> = {
  kind: 'invoice',
  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const invoice = (await invoiceRef(db, viewer.tenantId, ref.invoiceId).get()).data();
    // An agent opens the invoices issued in their name (commission), as the rules let them read those.
    if (!isTeamManager(viewer.role) && invoice?.issuerId !== viewer.uid) return { status: 'not-allowed' };
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
