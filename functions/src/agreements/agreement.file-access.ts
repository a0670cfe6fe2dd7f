import { isCollaborator, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { agreementRef } from './agreement-store';

/**
 * An agreement's PDF is read as the agreement is (firestore.rules, agreements): by the sales team,
 * never by a client. Only agreements-generateAgreement writes it (storage.rules let nobody upload
 * there), so `uploaded` recognises none. A record naming a file outside its own folder is answered as missing.
 */
export const agreementFileAccess: PrivateFileAccess<'agreement'> = {
  kind: 'agreement',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const agreement = (await agreementRef(db, viewer.tenantId, ref.agreementId).get()).data();
    if (!agreement) return { status: 'not-found' };
    const { storagePath, fileName } = agreement.document;
    if (!storagePath.startsWith(paths.agreementFilesPrefix(viewer.tenantId, agreement.id))) {
      return { status: 'not-found' };
    }
    return { status: 'granted', file: { storagePath, fileName, contentType: 'application/pdf' } };
  },

  uploaded: () => null,
};
