import {
  chatAttachmentSchema,
  checkChatAttachment,
  chatMessageModel,
  chatThreadModel,
  paths,
  privateFileUrl,
  storageFileName,
  type ChatAttachment,
  type ChatMessage,
  type ChatThread,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  updateDoc,
  where,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { clientStore, readDocument, readQuery, sendWrite } from '../../../lib/firebase/client-store';

const threadConverter = converterOf(chatThreadModel);
const messageConverter = converterOf(chatMessageModel);

const THREADS_LIMIT = 30;
const MESSAGES_PAGE_SIZE = 20;

/** The client's threads, latest message first (a client has a handful: one per listing asked about). */
export async function fetchClientThreads(tenantId: string, contactId: string): Promise<ChatThread[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.threads(tenantId)).withConverter(threadConverter),
      where('contactId', '==', contactId),
      orderBy('lastMessageAt', 'desc'),
      limit(THREADS_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

/** The thread, or null before its first message (the rules answer "none" for the client's own). */
export async function fetchThread(tenantId: string, threadId: string): Promise<ChatThread | null> {
  return readDoc(
    await readDocument(doc(clientStore(), paths.thread(tenantId, threadId)).withConverter(threadConverter)),
  );
}

export interface MessagesPage {
  /** Newest first, as read. */
  messages: ChatMessage[];
  next: QueryDocumentSnapshot<ChatMessage> | null;
  /** The client's messages written offline, waiting in the cache for the server. */
  pendingIds: string[];
}

export async function fetchMessagesPage(
  tenantId: string,
  threadId: string,
  after: QueryDocumentSnapshot<ChatMessage> | null,
): Promise<MessagesPage> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.threadMessages(tenantId, threadId)).withConverter(messageConverter),
      orderBy('createdAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(MESSAGES_PAGE_SIZE),
    ),
  );
  const last = snapshot.docs.at(-1);
  return {
    messages: readDocs(snapshot),
    next: snapshot.docs.length === MESSAGES_PAGE_SIZE && last ? last : null,
    pendingIds: snapshot.docs.filter((entry) => entry.metadata.hasPendingWrites).map((entry) => entry.id),
  };
}

/** The client's read marker (the rules allow only it, with their unread count back to zero). */
export async function markThreadRead(tenantId: string, threadId: string): Promise<void> {
  await sendWrite(
    updateDoc(doc(clientStore(), paths.thread(tenantId, threadId)), {
      clientReadAt: serverTimestamp(),
      unreadByClient: 0,
    }),
  );
}

export function newMessageId(tenantId: string, threadId: string): string {
  return doc(collection(clientStore(), paths.threadMessages(tenantId, threadId))).id;
}

export { AttachmentRefused } from '@estate/domain';

/** Uploads a file for a message about to be sent; the Storage SDK is loaded only then. */
export async function uploadAttachment(
  tenantId: string,
  threadId: string,
  messageId: string,
  user: User,
  file: File,
): Promise<ChatAttachment> {
  const { contentType, name } = await checkChatAttachment(file);
  const attachmentId = newMessageId(tenantId, threadId);
  const storagePath = paths.chatAttachmentFile(tenantId, threadId, messageId, attachmentId, storageFileName(name));
  const { uploadFile } = await import('./chat-storage');
  await uploadFile(storagePath, file, contentType, user.uid);
  return chatAttachmentSchema.parse({ id: attachmentId, name, contentType, size: file.size, storagePath });
}

/**
 * The client's message: a new document with an id made here, written directly (the rules check it),
 * so a message written offline is sent when back online. chat-onMessageCreated counts and mails it.
 */
export async function sendMessage(
  tenantId: string,
  threadId: string,
  messageId: string,
  uid: string,
  text: string,
  attachments: ChatAttachment[],
): Promise<void> {
  await sendWrite(
    setDoc(doc(clientStore(), paths.threadMessage(tenantId, threadId, messageId)), {
      id: messageId,
      authorKind: 'client',
      authorUid: uid,
      text,
      attachments,
      createdAt: serverTimestamp(),
    }),
  );
}

/** An attachment's bytes, asked of files-download with the client's ID token. */
export async function fetchAttachment(
  user: User,
  threadId: string,
  messageId: string,
  attachment: ChatAttachment,
): Promise<Blob> {
  const url = privateFileUrl(
    { kind: 'chat-attachment', threadId, messageId, attachmentId: attachment.id },
    { inline: true },
  );
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${await user.getIdToken()}` },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`download refused (${response.status})`);
  return response.blob();
}
