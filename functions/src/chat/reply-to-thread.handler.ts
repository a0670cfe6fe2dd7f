import {
  chatThreadModel,
  contactFullName,
  generalThreadContact,
  paths,
  type ChatMessage,
  type ChatThread,
  type ReplyToThreadInput,
  type ReplyToThreadResult,
} from '@estate/domain';
import { readCollaboratorActor, readVisibleContact } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { chatLog } from './chat.log';
import { messageConverter, threadConverter } from './chat-store';
import { runTransaction } from '../lib/transactions';

const FILE_NAME = /^[A-Za-z0-9._-]{1,120}$/;

/**
 * `chat-replyToThread`: an agent's message in a client's thread. Only the collaborators who see the
 * thread's contact write in it (a contact they do not see answers like a missing thread's); a general
 * thread is opened when the agent writes first. The message id comes from the app, so a retried call
 * finds its own message and answers the same; chat-onMessageCreated then counts and mails it, as it
 * does a client's message.
 */
export async function replyToThread(
  deps: Deps,
  caller: Caller,
  input: ReplyToThreadInput,
): Promise<ReplyToThreadResult> {
  const { db } = deps;
  const now = deps.now();
  const { threadId, messageId } = input;
  const result = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const { tenantId } = actor;
    const threadRef = db.doc(paths.thread(tenantId, threadId)).withConverter(threadConverter);
    const messageRef = db.doc(paths.threadMessage(tenantId, threadId, messageId)).withConverter(messageConverter);
    const [threadSnapshot, messageSnapshot] = await Promise.all([tx.get(threadRef), tx.get(messageRef)]);
    const thread = readModel(chatThreadModel, threadSnapshot);
    const contactId = thread?.contactId ?? generalThreadContact(threadId);
    if (!contactId) throw new Refusal('not-found', 'This conversation does not exist.', 'thread-not-found');
    const contact = await readVisibleContact(db, tx, actor, contactId);
    const existing = messageSnapshot.data();
    if (existing) {
      if (existing.authorUid === actor.uid && existing.text === input.text) return { threadId, messageId };
      throw new Refusal('failed-precondition', 'A message with this id already exists.', 'message-exists');
    }
    for (const attachment of input.attachments) {
      const folder = paths.chatAttachmentFile(tenantId, threadId, messageId, attachment.id, '');
      const fileName = attachment.storagePath.slice(folder.length);
      if (!attachment.storagePath.startsWith(folder) || !FILE_NAME.test(fileName)) {
        throw new Refusal('invalid-argument', 'An attachment is not stored with this message.', 'attachment-path');
      }
    }
    if (!thread) {
      const opened: ChatThread = {
        id: threadId,
        contactId,
        propertyId: null,
        contactName: contactFullName(contact),
        propertyTitle: '',
        propertyReference: '',
        agentUid: contact.assignedAgentUid,
        lastMessageAt: null,
        lastMessagePreview: '',
        lastMessageAuthorKind: null,
        unreadByAgent: 0,
        unreadByClient: 0,
        agentReadAt: null,
        clientReadAt: null,
        createdAt: now,
        updatedAt: now,
      };
      tx.set(threadRef, opened);
    }
    const message: ChatMessage = {
      id: messageId,
      authorKind: 'agent',
      authorUid: actor.uid,
      text: input.text,
      attachments: input.attachments,
      createdAt: now,
      countedAt: null,
    };
    tx.create(messageRef, message);
    chatLog.replied(tenantId, threadId, messageId, actor.uid);
    return { threadId, messageId };
  });
  return result;
}
