import { paths, sellerMayOpenSignedMandate } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { mandateConverter } from '../mandates/mandate-store';

/**
 * A mandate's signed PDF opened by a seller from their space (`seller-mandate`): only a client named
 * among the mandate's signers, only once it is signed (or ended since) and its signed copy is stored
 * (`sellerMayOpenSignedMandate`). Staff open it through `mandate-signed`. The file must lie in the
 * mandate's folder or its signature request's, else it is answered as missing. Functions write it, so
 * no upload is recognised.
 */
export const sellerMandateFileAccess: PrivateFileAccess<'seller-mandate'> = {
  kind: 'seller-mandate',
  async decide(db, viewer, ref) {
    if (viewer.kind !== 'client') return { status: 'not-allowed' };
    const mandate = (
      await db.doc(paths.mandate(viewer.tenantId, ref.mandateId)).withConverter(mandateConverter).get()
    ).data();
    if (!mandate) return { status: 'not-found' };
    if (!sellerMayOpenSignedMandate(mandate, viewer.contactId)) return { status: 'not-allowed' };
    const file = mandate.signedDocument;
    const folders = [paths.mandateFile(viewer.tenantId, mandate.id, '')];
    if (mandate.signatureRequestId) folders.push(paths.signatureFile(viewer.tenantId, mandate.signatureRequestId, ''));
    if (!file || !folders.some((folder) => file.storagePath.startsWith(folder))) return { status: 'not-found' };
    return {
      status: 'granted',
      file: { storagePath: file.storagePath, fileName: file.fileName, contentType: 'application/pdf' },
    };
  },
  uploaded: () => null,
};
