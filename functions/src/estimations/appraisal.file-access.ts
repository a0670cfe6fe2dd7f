import { isCollaborator, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';

/**
 * An appraisal is read as its estimation is (firestore.rules, properties/{id}/estimations): by the
 * agency's collaborators, never by a client. Only estimations-renderAppraisal writes it (storage.rules
 * let nobody upload there), so `uploaded` recognises none.
 */
export const appraisalFileAccess: PrivateFileAccess<'appraisal'> = {
  kind: 'appraisal',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const [property, estimation] = await Promise.all([
      db.doc(paths.property(viewer.tenantId, ref.propertyId)).get(),
      db.doc(paths.estimation(viewer.tenantId, ref.propertyId, ref.estimationId)).get(),
    ]);
    if (!property.exists || !estimation.exists) return { status: 'not-found' };
    const reference = String(property.get('reference') ?? '');
    return {
      status: 'granted',
      file: {
        storagePath: paths.appraisalFile(viewer.tenantId, ref.propertyId, ref.estimationId),
        fileName: reference ? `appraisal-${reference}.pdf` : 'appraisal.pdf',
        contentType: 'application/pdf',
      },
    };
  },

  uploaded: () => null,
};
