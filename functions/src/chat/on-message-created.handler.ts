import {
  chatMailId,
  chatMessageModel,
  chatThreadModel,
  contactFullName,
  generalThreadContact,
  messagePreview,
  paths,
  type ChatThread,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { readClientMailing } from '../lib/client-mail';
import { decodeData, readModel, toStored } from '../lib/converters';
import { chatLog } from './chat.log';
import { readListingOwner, readPropertyLabel, threadConverter } from './chat-store';
import { runTransaction } from '../lib/transactions';

export type MessageOutcome = 'counted' | 'already-counted' | 'missing' | 'unreadable' | 'unplaced' | 'contact-gone';

/**
 * `chat-onMessageCreated`: counts a new message in its thread and mails the other side, in one
 * transaction. The thread is created on a client's first message (its contact from the general id or
 * the client's listing); its preview, unread counts and read markers follow each message, and the
 * message gets `countedAt`, so a replayed event finds it counted and changes nothing. The mail id is
 * the thread, the side mailed and the message's quarter hour (chatMailId): further messages of the
 * same window find the mail queued and add none. A reply to the client is an optional mail.
 */
export async function countMessage(
  deps: { db: Firestore; links: AppLinks; now: () => Date },
  tenantId: string,
  threadId: string,
  messageId: string,
): Promise<{ outcome: MessageOutcome; mailed: boolean }> {
  const { db, links } = deps;
  const now = deps.now();
  const messageRef = db.doc(paths.threadMessage(tenantId, threadId, messageId));
  const threadRef = db.doc(paths.thread(tenantId, threadId)).withConverter(threadConverter);
  const result = await runTransaction(db, async (tx): Promise<{ outcome: MessageOutcome; mailed: boolean }> => {
    const [messageSnapshot, threadSnapshot] = await Promise.all([tx.get(messageRef), tx.get(threadRef)]);
    if (!messageSnapshot.exists) return { outcome: 'missing', mailed: false };
    const decoded = decodeData(chatMessageModel, messageSnapshot.data());
    if (!decoded.ok) {
      // The rules let no such message in; retrying cannot fix it.
      chatLog.messageUnreadable(tenantId, threadId, messageId, decoded.issues);
      return { outcome: 'unreadable', mailed: false };
    }
    const message = decoded.value;
    if (message.countedAt) return { outcome: 'already-counted', mailed: false };
    const thread = readModel(chatThreadModel, threadSnapshot);
    const general = generalThreadContact(threadId);
    const owner = thread
      ? { contactId: thread.contactId, propertyId: thread.propertyId }
      : general
        ? { contactId: general, propertyId: null }
        : await readListingOwner(db, tx, tenantId, threadId);
    const counted = toStored({ countedAt: now });
    if (!owner) {
      tx.update(messageRef, counted);
      return { outcome: 'unplaced', mailed: false };
    }
    const label =
      thread || owner.propertyId === null
        ? { title: thread?.propertyTitle ?? '', reference: thread?.propertyReference ?? '' }
        : await readPropertyLabel(db, tx, tenantId, owner.propertyId);
    const side = message.authorKind === 'client' ? 'agent' : 'client';
    const mailId = chatMailId(threadId, side, message.createdAt);
    const mailing = await readClientMailing(db, tx, tenantId, owner.contactId, [mailId], now);
    if (!mailing) {
      tx.update(messageRef, counted);
      return { outcome: 'contact-gone', mailed: false };
    }
    const fromClient = message.authorKind === 'client';
    const newest = !thread?.lastMessageAt || message.createdAt.getTime() >= thread.lastMessageAt.getTime();
    const next: ChatThread = {
      id: threadId,
      contactId: owner.contactId,
      propertyId: owner.propertyId,
      contactName: contactFullName(mailing.contact),
      propertyTitle: label.title,
      propertyReference: label.reference,
      agentUid: mailing.contact.assignedAgentUid,
      lastMessageAt: newest ? message.createdAt : (thread?.lastMessageAt ?? null),
      lastMessagePreview: newest ? messagePreview(message.text) : (thread?.lastMessagePreview ?? ''),
      lastMessageAuthorKind: newest ? message.authorKind : (thread?.lastMessageAuthorKind ?? null),
      // Who writes has read the thread: their side's count goes back to zero.
      unreadByAgent: fromClient ? (thread?.unreadByAgent ?? 0) + 1 : 0,
      unreadByClient: fromClient ? 0 : (thread?.unreadByClient ?? 0) + 1,
      agentReadAt: fromClient ? (thread?.agentReadAt ?? null) : now,
      clientReadAt: fromClient ? now : (thread?.clientReadAt ?? null),
      createdAt: thread?.createdAt ?? now,
      updatedAt: now,
    };
    const subject = owner.propertyId
      ? [label.reference, label.title].filter(Boolean).join(' ') || mailing.tenant.name
      : mailing.tenant.name;
    const data = { subject, preview: messagePreview(message.text) };
    const mailed = fromClient
      ? mailing.toAgent({
          templateId: 'chat-question',
          mailId,
          data: { ...data, link: links.link('admin', mailing.tenant, `/messages/${threadId}`) },
        })
      : mailing.toClient({
          templateId: 'chat-reply',
          mailId,
          optional: true,
          data: { ...data, link: links.link('client', mailing.tenant, `/messages/${owner.propertyId ?? 'general'}`) },
        });
    tx.set(threadRef, next);
    tx.update(messageRef, counted);
    return { outcome: 'counted', mailed };
  });
  chatLog.messageCounted(tenantId, threadId, messageId, result.outcome, result.mailed);
  return result;
}
