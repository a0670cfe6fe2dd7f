import {
  canSeeContact,
  CHAT_ATTACHMENT_MAX_BYTES,
  chatMessageModel,
  chatThreadModel,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  isCollaborator,
  paths,
} from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { contactConverter, decodeData, readModel, readSettings } from '../lib/converters';

/** `tenants/{t}/threads/{threadId}/{messageId}/{attachmentId}/{fileName}`, as paths.chatAttachmentFile builds it. */
const FILE_PATH =
  /^tenants\/([A-Za-z0-9_-]+)\/threads\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9._-]{1,120})$/;

/**
 * A chat attachment is read as its thread is (firestore.rules, threads): by the thread's client and by
 * the collaborators who see the thread's contact under the tenant's visibility.
 */
export const chatAttachmentFileAccess: PrivateFileAccess<'chat-attachment'> = {
  kind: 'chat-attachment',

  async decide(db, viewer, ref) {
    const { tenantId } = viewer;
    if (viewer.kind === 'staff' && !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const [threadSnapshot, messageSnapshot] = await Promise.all([
      db.doc(paths.thread(tenantId, ref.threadId)).get(),
      db.doc(paths.threadMessage(tenantId, ref.threadId, ref.messageId)).get(),
    ]);
    const thread = readModel(chatThreadModel, threadSnapshot);
    if (!thread) return { status: 'not-found' };
    if (viewer.kind === 'client') {
      if (viewer.contactId !== thread.contactId) return { status: 'not-allowed' };
    } else {
      const [contactSnapshot, settingsSnapshot] = await Promise.all([
        db.doc(paths.contact(tenantId, thread.contactId)).withConverter(contactConverter).get(),
        db.doc(paths.contactsSettings(tenantId)).get(),
      ]);
      const contact = contactSnapshot.data();
      if (!contact) return { status: 'not-found' };
      const settings = readSettings(contactsSettingsModel, settingsSnapshot, DEFAULT_CONTACTS_SETTINGS);
      if (!canSeeContact(settings.visibility, viewer, contact)) return { status: 'not-allowed' };
    }
    const message = messageSnapshot.exists ? decodeData(chatMessageModel, messageSnapshot.data()) : null;
    const attachment = message?.ok ? message.value.attachments.find((file) => file.id === ref.attachmentId) : undefined;
    // An entry naming a file of another message or attachment is answered as missing, never served.
    const folder = paths.chatAttachmentFile(tenantId, ref.threadId, ref.messageId, ref.attachmentId, '');
    if (!attachment || !attachment.storagePath.startsWith(folder)) return { status: 'not-found' };
    return {
      status: 'granted',
      file: { storagePath: attachment.storagePath, fileName: attachment.name, contentType: attachment.contentType },
    };
  },

  uploaded(storagePath) {
    const match = FILE_PATH.exec(storagePath);
    if (!match) return null;
    const [, tenantId = '', threadId = '', messageId = '', attachmentId = ''] = match;
    const recordPath = paths.threadMessage(tenantId, threadId, messageId);
    return {
      recordPath,
      maxBytes: CHAT_ATTACHMENT_MAX_BYTES,
      async readRecord(db) {
        const snapshot = await db.doc(recordPath).get();
        if (!snapshot.exists) return null;
        const decoded = decodeData(chatMessageModel, snapshot.data());
        const attachment = decoded.ok ? decoded.value.attachments.find((file) => file.id === attachmentId) : undefined;
        // A message that does not list this file says nothing of it (it is not this file's record yet).
        if (!attachment) return { storagePath: null, contentType: null };
        return { storagePath: attachment.storagePath, contentType: attachment.contentType };
      },
    };
  },
};
