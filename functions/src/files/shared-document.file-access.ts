import {
  canSeeContact,
  contactDocumentModel,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  isCollaborator,
  paths,
  propertyDocumentModel,
  sharedDocumentModel,
  type SharedDocumentSource,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { contactConverter, converterOf, readSettings } from '../lib/converters';
import type { FileAccessAnswer, PrivateFileAccess } from './file-access';
import type { FileViewer } from './file-viewer';

const sharedConverter = converterOf(sharedDocumentModel);
const contactDocumentConverter = converterOf(contactDocumentModel);
const propertyDocumentConverter = converterOf(propertyDocumentModel);

async function staffSeesContact(db: Firestore, viewer: FileViewer, contactId: string): Promise<boolean> {
  if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return false;
  const [contactSnapshot, settingsSnapshot] = await Promise.all([
    db.doc(paths.contact(viewer.tenantId, contactId)).withConverter(contactConverter).get(),
    db.doc(paths.contactsSettings(viewer.tenantId)).get(),
  ]);
  const contact = contactSnapshot.data();
  const settings = readSettings(contactsSettingsModel, settingsSnapshot, DEFAULT_CONTACTS_SETTINGS);
  return contact !== undefined && canSeeContact(settings.visibility, viewer, contact);
}

/** The source record's file, if the record is still there and names a file of its own folder. */
async function sourceFile(db: Firestore, tenantId: string, source: SharedDocumentSource): Promise<FileAccessAnswer> {
  const [record, folder] =
    source.kind === 'contact-document'
      ? [
          await db
            .doc(paths.contactDocument(tenantId, source.contactId, source.documentId))
            .withConverter(contactDocumentConverter)
            .get(),
          paths.contactDocumentFile(tenantId, source.contactId, source.documentId, ''),
        ]
      : [
          await db
            .doc(paths.propertyDocument(tenantId, source.propertyId, source.documentId))
            .withConverter(propertyDocumentConverter)
            .get(),
          paths.propertyDocumentFile(tenantId, source.propertyId, source.documentId, ''),
        ];
  const document = record.data();
  if (!document || !document.storagePath.startsWith(folder)) return { status: 'not-found' };
  return {
    status: 'granted',
    file: { storagePath: document.storagePath, fileName: document.name, contentType: document.contentType },
  };
}

/**
 * A shared document is read by the client it is shared with (their space active: the viewer says so)
 * and by the collaborators who see that client, as its record is (firestore.rules, sharedDocuments).
 * The file served is the source's, so a document deleted from the file is gone for the client too.
 */
export const sharedDocumentFileAccess: PrivateFileAccess<'shared-document'> = {
  kind: 'shared-document',

  async decide(db, viewer, ref) {
    const shared = (
      await db.doc(paths.sharedDocument(viewer.tenantId, ref.sharedId)).withConverter(sharedConverter).get()
    ).data();
    if (!shared) return { status: 'not-found' };
    const allowed =
      viewer.kind === 'client'
        ? viewer.contactId === shared.contactId
        : await staffSeesContact(db, viewer, shared.contactId);
    if (!allowed) return { status: 'not-allowed' };
    return sourceFile(db, viewer.tenantId, shared.source);
  },

  // Nothing is uploaded as a shared document: the share names a file uploaded as its source's kind.
  uploaded: () => null,
};
