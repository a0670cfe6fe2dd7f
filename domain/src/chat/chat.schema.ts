import { z } from 'zod';
import { docIdSchema } from '../shared/text';

/** The longest message, in characters (the rules measure it the same way, isLine). */
export const CHAT_TEXT_MAX = 2000;
/** A message carries at most this many files (the rules check each one by its index). */
export const CHAT_ATTACHMENTS_MAX = 3;
export const CHAT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** The thread suffix of a client's questions about no listing in particular. */
export const GENERAL_THREAD = 'general';
/** Chat mails are grouped: one per thread, per side and per window of this length. */
export const CHAT_MAIL_WINDOW_MS = 15 * 60 * 1000;
/** How much of the last message the inbox and the mails show. */
export const CHAT_PREVIEW_MAX = 140;

export const CHAT_AUTHOR_KINDS = ['client', 'agent'] as const;
export const chatAuthorKindSchema = z.enum(CHAT_AUTHOR_KINDS);
export type ChatAuthorKind = z.infer<typeof chatAuthorKindSchema>;

/**
 * `{contactId}_{propertyId}` for a listing's thread, `{contactId}_general` otherwise: one thread per
 * client and listing, the same id as the client's listing (clientListings/{contactId}_{propertyId}).
 */
export function threadIdOf(contactId: string, propertyId: string | null): string {
  return `${contactId}_${propertyId ?? GENERAL_THREAD}`;
}

/** The contact of a general thread, from its id alone; null for a listing's thread. */
export function generalThreadContact(threadId: string): string | null {
  const suffix = `_${GENERAL_THREAD}`;
  return threadId.endsWith(suffix) && threadId.length > suffix.length ? threadId.slice(0, -suffix.length) : null;
}

/** The text of a message: trimmed, 1..2000 characters, line breaks kept. */
export const chatTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(CHAT_TEXT_MAX, { message: `at most ${CHAT_TEXT_MAX} characters` });

/** CHAT_ATTACHMENT_TYPES: the private files' allow-list (PRIVATE_FILE_TYPES), checked again by files-checkUpload. */
export const CHAT_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

/** A file sent with a message, uploaded first under paths.chatAttachmentFile, opened as a `chat-attachment` private file. */
export const chatAttachmentSchema = z.object({
  id: docIdSchema,
  name: z.string().trim().min(1).max(200),
  contentType: z.enum(CHAT_ATTACHMENT_TYPES),
  size: z.number().int().min(1).max(CHAT_ATTACHMENT_MAX_BYTES),
  storagePath: z.string().max(600),
});
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;

/**
 * `tenants/{t}/threads/{threadId}/messages/{messageId}`. A client writes its own message directly
 * (the rules check the shape, the author and the time); an agent's goes through chat-replyToThread.
 * `countedAt` is set by chat-onMessageCreated once the thread counted it (and mailed), so a replayed
 * trigger does nothing twice.
 */
export const chatMessageSchema = z.object({
  id: docIdSchema,
  authorKind: chatAuthorKindSchema,
  authorUid: z.string().min(1),
  text: chatTextSchema,
  attachments: z.array(chatAttachmentSchema).max(CHAT_ATTACHMENTS_MAX),
  createdAt: z.date(),
  countedAt: z.date().nullable().default(null),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/**
 * `tenants/{t}/threads/{threadId}`: one per client and listing (or general), written only by
 * functions (chat-onMessageCreated, chat-replyToThread), except each side's read marker, which the
 * reader sets directly (with its unread count back to zero).
 */
export const chatThreadSchema = z.object({
  id: docIdSchema,
  contactId: docIdSchema,
  propertyId: docIdSchema.nullable(),
  /** For display: the client's name and the listing's title and reference, as when last written. */
  contactName: z.string(),
  propertyTitle: z.string(),
  propertyReference: z.string(),
  /** The contact's assigned agent when the last message was counted. */
  agentUid: z.string(),
  lastMessageAt: z.date().nullable(),
  lastMessagePreview: z.string(),
  lastMessageAuthorKind: chatAuthorKindSchema.nullable(),
  unreadByAgent: z.number().int().min(0),
  unreadByClient: z.number().int().min(0),
  agentReadAt: z.date().nullable(),
  clientReadAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ChatThread = z.infer<typeof chatThreadSchema>;

/** The first characters of a message on one line, for the inbox and the mails. */
export function messagePreview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= CHAT_PREVIEW_MAX ? flat : `${chars.slice(0, CHAT_PREVIEW_MAX - 1).join('')}…`;
}

/** The quarter hour a message falls in: messages of one thread and side in it give one mail. */
export function chatMailWindow(createdAt: Date): number {
  return Math.floor(createdAt.getTime() / CHAT_MAIL_WINDOW_MS);
}

/**
 * The mail a message gives, derived from the event: `side` is who is mailed (`agent` for a client's
 * message, `client` for a reply). Every message of the same thread, side and quarter hour names the
 * same mail, so only the first queues it.
 */
export function chatMailId(threadId: string, side: ChatAuthorKind, createdAt: Date): string {
  return `chat-${threadId}-${side}-${chatMailWindow(createdAt)}`;
}

/** What an agent sends through chat-replyToThread (`messageId` made by the app: a retried call writes once). */
export const replyToThreadInputSchema = z.object({
  threadId: docIdSchema,
  messageId: docIdSchema,
  text: chatTextSchema,
  attachments: z.array(chatAttachmentSchema).max(CHAT_ATTACHMENTS_MAX).default([]),
});
export type ReplyToThreadInput = z.infer<typeof replyToThreadInputSchema>;

export const replyToThreadResultSchema = z.object({ threadId: z.string(), messageId: z.string() });
export type ReplyToThreadResult = z.infer<typeof replyToThreadResultSchema>;
