import { z } from 'zod';
import { CONTACT_DOCUMENT_MAX_BYTES, contactDocumentTypeSchema } from '../contacts/contact-document.schema';
import { docIdSchema, line } from '../shared/text';

/**
 * A property's documents (diagnostics, title deed, plans, co-ownership papers): private files like the
 * client documents, kept in Storage at `paths.propertyDocumentFile`, their metadata in
 * `properties/{propertyId}/documents/{documentId}`, read through files-download only.
 */
export const PROPERTY_DOCUMENT_CATEGORIES = ['diagnostics', 'title-deed', 'plans', 'co-ownership', 'other'] as const;
export const propertyDocumentCategorySchema = z.enum(PROPERTY_DOCUMENT_CATEGORIES);
export type PropertyDocumentCategory = z.infer<typeof propertyDocumentCategorySchema>;

/** The same cap and types as a client document; storage.rules and firestore.rules say the same. */
export const PROPERTY_DOCUMENT_MAX_BYTES = CONTACT_DOCUMENT_MAX_BYTES;

/** The file as chosen for upload: checked before a byte is sent. */
export const propertyDocumentUploadSchema = z.object({
  name: line(200),
  category: propertyDocumentCategorySchema,
  contentType: contactDocumentTypeSchema,
  size: z
    .number()
    .int()
    .min(1, { message: 'the file is empty' })
    .max(PROPERTY_DOCUMENT_MAX_BYTES, { message: 'the file is larger than 20 MB' }),
});
export type PropertyDocumentUpload = z.infer<typeof propertyDocumentUploadSchema>;

/** `tenants/{tenantId}/properties/{propertyId}/documents/{documentId}`: written through the rules. */
export const propertyDocumentSchema = propertyDocumentUploadSchema.extend({
  id: z.string(),
  storagePath: z.string().min(1),
  uploadedBy: z.string(),
  uploadedAt: z.date(),
});
export type PropertyDocument = z.infer<typeof propertyDocumentSchema>;

/** `files-deletePropertyDocument`: the record and its file go, and the property's history says so. */
export const deletePropertyDocumentInputSchema = z.object({ propertyId: docIdSchema, documentId: docIdSchema });
export type DeletePropertyDocumentInput = z.infer<typeof deletePropertyDocumentInputSchema>;
