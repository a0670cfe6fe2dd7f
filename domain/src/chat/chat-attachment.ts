import { checkFileType, FILE_SIGNATURE_BYTES } from '../files/file-type';
import { CHAT_ATTACHMENT_MAX_BYTES, CHAT_ATTACHMENT_TYPES, type ChatAttachment } from './chat.schema';

export type AttachmentRefusal = 'type' | 'size' | 'content';

/** A file the chat will not send, and why (the apps say it next to the send box). */
export class AttachmentRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: AttachmentRefusal,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'AttachmentRefused';
  }
}

/**
 * What both apps check of a file before uploading it to a thread: an allowed type, a size within
 * bounds, and first bytes that match the type (storage.rules and files-checkUpload check again).
 * Answers the content type and the name the attachment will carry.
 */
export async function checkChatAttachment(
  file: Blob & { name: string },
): Promise<{ contentType: ChatAttachment['contentType']; name: string }> {
  const contentType = file.type as ChatAttachment['contentType'];
  if (!CHAT_ATTACHMENT_TYPES.includes(contentType)) throw new AttachmentRefused(file.name, 'type');
  if (file.size < 1 || file.size > CHAT_ATTACHMENT_MAX_BYTES) throw new AttachmentRefused(file.name, 'size');
  const head = new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer());
  if (!checkFileType(contentType, head).ok) throw new AttachmentRefused(file.name, 'content');
  return { contentType, name: file.name.trim().slice(0, 200) || 'file' };
}
