import {
  canSeeContact,
  CONTACT_DOCUMENT_MAX_BYTES,
  contactDocumentModel,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  isCollaborator,
  paths,
} from '@estate/domain';
import { contactConverter, converterOf, readSettings } from '../lib/converters';
import type { PrivateFileAccess } from '../files/file-access';

const documentConverter = converterOf(contactDocumentModel);

/** `tenants/{t}/contacts/{contactId}/{documentId}/{fileName}`, as paths.contactDocumentFile builds it. */
const FILE_PATH = /^tenants\/([A-Za-z0-9_-]+)\/contacts\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9._-]{1,120})$/;

/**
 * A client's documents are read as their record is (firestore.rules, contacts/{id}/documents): by the
 * collaborators who see the contact under the tenant's visibility. The client's own space does not
 * list them (they are the agency's file on the client), so a client is refused too.
 */
export const contactDocumentFileAccess: PrivateFileAccess<'contact-document'> = {
  kind: 'contact-document',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const { tenantId } = viewer;
    const [contactSnapshot, settingsSnapshot, recordSnapshot] = await Promise.all([
      db.doc(paths.contact(tenantId, ref.contactId)).withConverter(contactConverter).get(),
      db.doc(paths.contactsSettings(tenantId)).get(),
      db
        .doc(paths.contactDocument(tenantId, ref.contactId, ref.documentId))
        .withConverter(documentConverter)
        .get(),
    ]);
    const contact = contactSnapshot.data();
    if (!contact) return { status: 'not-found' };
    const settings = readSettings(contactsSettingsModel, settingsSnapshot, DEFAULT_CONTACTS_SETTINGS);
    if (!canSeeContact(settings.visibility, viewer, contact)) return { status: 'not-allowed' };
    const record = recordSnapshot.data();
    // A record naming a file of another contact or document is answered as missing, never served.
    const folder = paths.contactDocumentFile(tenantId, ref.contactId, ref.documentId, '');
    if (!record || !record.storagePath.startsWith(folder)) return { status: 'not-found' };
    return {
      status: 'granted',
      file: { storagePath: record.storagePath, fileName: record.name, contentType: record.contentType },
    };
  },

  uploaded(storagePath) {
    const match = FILE_PATH.exec(storagePath);
    if (!match) return null;
    const [, tenantId = '', contactId = '', documentId = ''] = match;
    const recordPath = paths.contactDocument(tenantId, contactId, documentId);
    return {
      recordPath,
      maxBytes: CONTACT_DOCUMENT_MAX_BYTES,
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
