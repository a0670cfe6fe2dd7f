import { z } from 'zod';
import { line } from '../shared/text';

export const CONTACT_DOCUMENT_CATEGORIES = [
  'identity',
  'proof-of-address',
  'tax',
  'mandate',
  'offer',
  'financing',
  'other',
] as const;
export const contactDocumentCategorySchema = z.enum(CONTACT_DOCUMENT_CATEGORIES);
export type ContactDocumentCategory = z.infer<typeof contactDocumentCategorySchema>;

/** The largest file a client document may be; storage.rules enforce the same bound. */
export const CONTACT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** PDF, images and office documents; storage.rules and firestore.rules accept the same list. */
export const CONTACT_DOCUMENT_TYPES = [
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
export const contactDocumentTypeSchema = z.enum(CONTACT_DOCUMENT_TYPES, {
  message: 'a file type that is not accepted',
});
export type ContactDocumentType = z.infer<typeof contactDocumentTypeSchema>;

export function isAllowedDocumentType(contentType: string): contentType is ContactDocumentType {
  return (CONTACT_DOCUMENT_TYPES as readonly string[]).includes(contentType);
}

/** The file as chosen for upload: checked before a byte is sent. */
export const contactDocumentUploadSchema = z.object({
  name: line(200),
  category: contactDocumentCategorySchema,
  contentType: contactDocumentTypeSchema,
  size: z
    .number()
    .int()
    .min(1, { message: 'the file is empty' })
    .max(CONTACT_DOCUMENT_MAX_BYTES, { message: 'the file is larger than 20 MB' }),
});
export type ContactDocumentUpload = z.infer<typeof contactDocumentUploadSchema>;

/**
 * `tenants/{tenantId}/contacts/{contactId}/documents/{documentId}`: the metadata of a file kept in
 * Storage at `storagePath` (`paths.contactDocumentFile`). Written through the rules.
 */
export const contactDocumentSchema = contactDocumentUploadSchema.extend({
  id: z.string(),
  storagePath: z.string().min(1),
  uploadedBy: z.string(),
  uploadedAt: z.date(),
});
export type ContactDocument = z.infer<typeof contactDocumentSchema>;

/**
 * The name a file is stored under: letters, digits, dots, dashes and underscores only (the name the
 * user sees is kept in the metadata), at most 120 characters, never empty.
 */
export function storageFileName(name: string): string {
  const cleaned = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-120);
  return cleaned === '' ? 'file' : cleaned;
}
