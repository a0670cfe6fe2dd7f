import { canManageSignatureRequest, isCollaborator, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { requestConverter } from './built-in-provider';

/**
 * A signature request's PDF, as sent (`copy` = `sent`) or signed (`signed`), read by whoever reads
 * the request (firestore.rules, signatureRequests): owner, admin, managers and the collaborator who
 * requested it. Clients and partners are refused (a signer gets the signed copy through their link).
 * Nothing is uploaded under this kind: functions write these files.
 */
export const signedDocumentFileAccess: PrivateFileAccess<'signed-document'> = {
  kind: 'signed-document',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const request = (
      await db.doc(paths.signatureRequest(viewer.tenantId, ref.requestId)).withConverter(requestConverter).get()
    ).data();
    if (!request) return { status: 'not-found' };
    if (!canManageSignatureRequest(viewer, request)) return { status: 'not-allowed' };
    const file = ref.copy === 'sent' ? request.document : ref.copy === 'signed' ? request.signedDocument : null;
    // A record naming a file outside its tenant is answered as missing, never served.
    if (!file || !file.storagePath.startsWith(`${paths.tenant(viewer.tenantId)}/`)) return { status: 'not-found' };
    return {
      status: 'granted',
      file: { storagePath: file.storagePath, fileName: file.fileName, contentType: 'application/pdf' },
    };
  },

  uploaded: () => null,
};
