import {
  CHAT_ATTACHMENT_MAX_BYTES,
  CHAT_ATTACHMENT_TYPES,
  chatAttachmentSchema,
  chatMessageModel,
  chatThreadModel,
  checkFileType,
  FILE_SIGNATURE_BYTES,
  paths,
  privateFileUrl,
  storageFileName,
  type ChatAttachment,
  type ChatMessage,
  type ChatThread,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore-lite';
import type { User } from 'firebase/auth';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  updateDoc,
  where,
  type QueryDocumentSnapshot,
} from 'firebase/firestore/lite';
import { clientDb } from '../../../lib/firebase/firebase-app';

const threadConverter = converterOf(chatThreadModel);
const messageConverter = converterOf(chatMessageModel);

const THREADS_LIMIT = 30;
const MESSAGES_PAGE_SIZE = 20;

/** The client's threads, latest message first (a client has a handful: one per listing asked about). */
export async function fetchClientThreads(tenantId: string, contactId: string): Promise<ChatThread[]> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.threads(tenantId)).withConverter(threadConverter),
      where('contactId', '==', contactId),
      orderBy('lastMessageAt', 'desc'),
      limit(THREADS_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

/** The thread, or null before its first message (the rules answer "none" for the client's own). */
export async function fetchThread(tenantId: string, threadId: string): Promise<ChatThread | null> {
  return readDoc(await getDoc(doc(clientDb(), paths.thread(tenantId, threadId)).withConverter(threadConverter)));
}

export interface MessagesPage {
  /** Newest first, as read. */
  messages: ChatMessage[];
  next: QueryDocumentSnapshot<ChatMessage> | null;
}

export async function fetchMessagesPage(
  tenantId: string,
  threadId: string,
  after: QueryDocumentSnapshot<ChatMessage> | null,
): Promise<MessagesPage> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.threadMessages(tenantId, threadId)).withConverter(messageConverter),
      orderBy('createdAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(MESSAGES_PAGE_SIZE),
    ),
  );
  const last = snapshot.docs.at(-1);
  return { messages: readDocs(snapshot), next: snapshot.docs.length === MESSAGES_PAGE_SIZE && last ? last : null };
}

/** The client's read marker (the rules allow only it, with their unread count back to zero). */
export async function markThreadRead(tenantId: string, threadId: string): Promise<void> {
  await updateDoc(doc(clientDb(), paths.thread(tenantId, threadId)), {
    clientReadAt: serverTimestamp(),
    unreadByClient: 0,
  });
}

export function newMessageId(tenantId: string, threadId: string): string {
  return doc(collection(clientDb(), paths.threadMessages(tenantId, threadId))).id;
}

export class AttachmentRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: 'type' | 'size' | 'content',
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'AttachmentRefused';
  }
}

/** Uploads a file for a message about to be sent; the Storage SDK is loaded only then. */
export async function uploadAttachment(
  tenantId: string,
  threadId: string,
  messageId: string,
  user: User,
  file: File,
): Promise<ChatAttachment> {
  const contentType = file.type as (typeof CHAT_ATTACHMENT_TYPES)[number];
  if (!CHAT_ATTACHMENT_TYPES.includes(contentType)) throw new AttachmentRefused(file.name, 'type');
  if (file.size < 1 || file.size > CHAT_ATTACHMENT_MAX_BYTES) throw new AttachmentRefused(file.name, 'size');
  const head = new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer());
  if (!checkFileType(contentType, head).ok) throw new AttachmentRefused(file.name, 'content');
  const attachmentId = newMessageId(tenantId, threadId);
  const name = file.name.trim().slice(0, 200) || 'file';
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
  await setDoc(doc(clientDb(), paths.threadMessage(tenantId, threadId, messageId)), {
    id: messageId,
    authorKind: 'client',
    authorUid: uid,
    text,
    attachments,
    createdAt: serverTimestamp(),
  });
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
