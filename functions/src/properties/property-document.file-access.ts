import { isCollaborator, paths, PROPERTY_DOCUMENT_MAX_BYTES, propertyDocumentModel } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { converterOf } from '../lib/converters';

const documentConverter = converterOf(propertyDocumentModel);

/** `tenants/{t}/properties/{propertyId}/documents/{documentId}/{fileName}`, as paths.propertyDocumentFile builds it. */
const FILE_PATH =
  /^tenants\/([A-Za-z0-9_-]+)\/properties\/([A-Za-z0-9_-]+)\/documents\/([A-Za-z0-9_-]+)\/([A-Za-z0-9._-]{1,120})$/;

/**
 * A property's documents are read as their record is (firestore.rules, properties/{id}/documents): by
 * every collaborator of the agency, as the property itself. Clients and partners are refused.
 */
export const propertyDocumentFileAccess: PrivateFileAccess<'property-document'> = {
  kind: 'property-document',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const { tenantId } = viewer;
    const [property, record] = await Promise.all([
      db.doc(paths.property(tenantId, ref.propertyId)).get(),
      db
        .doc(paths.propertyDocument(tenantId, ref.propertyId, ref.documentId))
        .withConverter(documentConverter)
        .get(),
    ]);
    const document = record.data();
    // A record naming a file of another property or document is answered as missing, never served.
    const folder = paths.propertyDocumentFile(tenantId, ref.propertyId, ref.documentId, '');
    if (!property.exists || !document || !document.storagePath.startsWith(folder)) return { status: 'not-found' };
    return {
      status: 'granted',
      file: { storagePath: document.storagePath, fileName: document.name, contentType: document.contentType },
    };
  },

  uploaded(storagePath) {
    const match = FILE_PATH.exec(storagePath);
    if (!match) return null;
    const [, tenantId = '', propertyId = '', documentId = ''] = match;
    const recordPath = paths.propertyDocument(tenantId, propertyId, documentId);
    return {
      recordPath,
      maxBytes: PROPERTY_DOCUMENT_MAX_BYTES,
      async readRecord(db) {
        const snapshot = await db.doc(recordPath).get();
        if (!snapshot.exists) return null;
        const data = snapshot.data() ?? {};
        return {
          storagePath: typeof data.storagePath === 'string' ? data.storagePath : null,
          contentType: typeof data.contentType === 'string' ? data.contentType : null,
        };
      },
    };
  },
};
