import {
  chatAttachmentSchema,
  checkChatAttachment,
  chatMessageModel,
  chatThreadModel,
  isTeamManager,
  paths,
  replyToThreadContract,
  storageFileName,
  type ChatAttachment,
  type ChatMessage,
  type ChatThread,
  type ContactVisibility,
  type Role,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import {
  collection,
  doc,
  getCountFromServer,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  startAfter,
  updateDoc,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { fetchPrivateFile } from '@estate/web-shared/private-files';

const threadConverter = converterOf(chatThreadModel);
const messageConverter = converterOf(chatMessageModel);

const INBOX_PAGE_SIZE = 20;
const MESSAGES_PAGE_SIZE = 30;
/** The navigation badge counts unread threads up to this many ("20+"). */
export const UNREAD_BADGE_LIMIT = 20;

/** Who reads the inbox: in "own" visibility a collaborator lists the threads assigned to them. */
export interface ChatViewer {
  uid: string;
  role: Role | null;
  visibility: ContactVisibility;
}

/** The clause the rules demand on a threads list (firestore.rules, threads), or none. */
function inboxClauses(viewer: ChatViewer, contactId: string | null): QueryConstraint[] {
  if (contactId) return [where('contactId', '==', contactId)];
  if (viewer.visibility === 'shared' || isTeamManager(viewer.role)) return [];
  return [where('agentUid', '==', viewer.uid)];
}

export interface InboxPage {
  threads: ChatThread[];
  next: QueryDocumentSnapshot<ChatThread> | null;
}

/** A page of threads, latest message first; a client file's threads when `contactId` is given. */
export async function fetchInboxPage(
  tenantId: string,
  viewer: ChatViewer,
  contactId: string | null,
  after: QueryDocumentSnapshot<ChatThread> | null,
): Promise<InboxPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.threads(tenantId)).withConverter(threadConverter),
      ...inboxClauses(viewer, contactId),
      orderBy('lastMessageAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(INBOX_PAGE_SIZE),
    ),
  );
  const threads = readDocs(snapshot);
  const last = snapshot.docs.at(-1);
  return { threads, next: snapshot.docs.length === INBOX_PAGE_SIZE && last ? last : null };
}

/** How many threads wait for the agency (up to UNREAD_BADGE_LIMIT): one bounded count. */
export async function countUnreadThreads(tenantId: string, viewer: ChatViewer): Promise<number> {
  const snapshot = await getCountFromServer(
    query(
      collection(db, paths.threads(tenantId)),
      ...inboxClauses(viewer, null),
      where('unreadByAgent', '>', 0),
      limit(UNREAD_BADGE_LIMIT),
    ),
  );
  return snapshot.data().count;
}

export async function fetchThread(tenantId: string, threadId: string): Promise<ChatThread | null> {
  return readDoc(await getDoc(doc(db, paths.thread(tenantId, threadId)).withConverter(threadConverter)));
}

export interface MessagesPage {
  /** Newest first, as read. */
  messages: ChatMessage[];
  next: QueryDocumentSnapshot<ChatMessage> | null;
}

/** The last messages of a thread, then older ones page by page. */
export async function fetchMessagesPage(
  tenantId: string,
  threadId: string,
  after: QueryDocumentSnapshot<ChatMessage> | null,
): Promise<MessagesPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.threadMessages(tenantId, threadId)).withConverter(messageConverter),
      orderBy('createdAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(MESSAGES_PAGE_SIZE),
    ),
  );
  const last = snapshot.docs.at(-1);
  return { messages: readDocs(snapshot), next: snapshot.docs.length === MESSAGES_PAGE_SIZE && last ? last : null };
}

/** The agency's read marker, written directly (the rules allow only it, with the count back to zero). */
export async function markThreadRead(tenantId: string, threadId: string): Promise<void> {
  await updateDoc(doc(db, paths.thread(tenantId, threadId)), { agentReadAt: serverTimestamp(), unreadByAgent: 0 });
}

/** A new message id, made here so a retried send writes the message once. */
export function newMessageId(tenantId: string, threadId: string): string {
  return doc(collection(db, paths.threadMessages(tenantId, threadId))).id;
}

export { AttachmentRefused } from '@estate/domain';

/** Uploads a file for a message about to be sent (storage.rules: the uploader names themselves). */
export async function uploadAttachment(
  tenantId: string,
  threadId: string,
  messageId: string,
  user: User,
  file: File,
): Promise<ChatAttachment> {
  const { contentType, name } = await checkChatAttachment(file);
  const attachmentId = doc(collection(db, paths.threadMessages(tenantId, threadId))).id;
  const storagePath = paths.chatAttachmentFile(tenantId, threadId, messageId, attachmentId, storageFileName(name));
  const [{ ref, uploadBytes }, { storage }] = await Promise.all([
    import('firebase/storage'),
    import('../../../lib/firebase/storage'),
  ]);
  await uploadBytes(ref(storage, storagePath), file, { contentType, customMetadata: { uploadedBy: user.uid } });
  return chatAttachmentSchema.parse({ id: attachmentId, name, contentType, size: file.size, storagePath });
}

export function sendReply(input: {
  threadId: string;
  messageId: string;
  text: string;
  attachments: ChatAttachment[];
}): Promise<unknown> {
  return call(replyToThreadContract, input);
}

export function fetchAttachment(
  user: User,
  threadId: string,
  messageId: string,
  attachment: ChatAttachment,
): Promise<Blob> {
  return fetchPrivateFile(
    user,
    { kind: 'chat-attachment', threadId, messageId, attachmentId: attachment.id },
    { inline: true },
  );
}
