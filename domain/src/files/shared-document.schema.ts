import { z } from 'zod';
import { contactDocumentTypeSchema } from '../contacts/contact-document.schema';
import { docIdSchema } from '../shared/text';

/** A document of the client file, or of a property (diagnostics, plans), that an agent shares. */
export const sharedDocumentSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact-document'), contactId: docIdSchema, documentId: docIdSchema }),
  z.object({ kind: z.literal('property-document'), propertyId: docIdSchema, documentId: docIdSchema }),
]);
export type SharedDocumentSource = z.infer<typeof sharedDocumentSourceSchema>;

/**
 * `tenants/{tenantId}/sharedDocuments/{contactId}_{documentId}`: a document shared with a client, who
 * reads it in their space and opens it through files-download (`shared-document`). It names the
 * source record and copies what the client sees of it; the file is never copied. Written only by
 * files-shareDocument and files-unshareDocument (and removed with its source).
 */
export const sharedDocumentSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  source: sharedDocumentSourceSchema,
  /** The listing it is shared for (shown on that listing's page), or null for the client's own documents. */
  propertyId: z.string().nullable(),
  /** The listing's title when shared for one, as the client's documents page groups them. */
  propertyTitle: z.string().nullable(),
  name: z.string().min(1),
  contentType: contactDocumentTypeSchema,
  size: z.number().int().min(0),
  sharedBy: z.string(),
  sharedAt: z.date(),
});
export type SharedDocument = z.infer<typeof sharedDocumentSchema>;

/** One share per client and document: sharing again is the same share. */
export function sharedDocumentId(contactId: string, documentId: string): string {
  return `${contactId}_${documentId}`;
}

export const shareDocumentInputSchema = z.object({
  contactId: docIdSchema,
  source: sharedDocumentSourceSchema,
  /** For a document of the client file: the listing it concerns, if any (a property document concerns its property). */
  propertyId: docIdSchema.nullable().default(null),
});
export type ShareDocumentInput = z.input<typeof shareDocumentInputSchema>;
export type ShareDocumentRequest = z.infer<typeof shareDocumentInputSchema>;

export const shareDocumentResultSchema = z.object({
  sharedId: z.string(),
  /** `already-shared`: a retry, or shared before; nothing was written and nobody mailed again. */
  status: z.enum(['shared', 'already-shared']),
});
export type ShareDocumentResult = z.infer<typeof shareDocumentResultSchema>;

export const unshareDocumentInputSchema = z.object({
  sharedId: z.string().regex(/^[A-Za-z0-9_-]{1,129}$/, { message: 'invalid identifier' }),
});
export type UnshareDocumentInput = z.infer<typeof unshareDocumentInputSchema>;

export const unshareDocumentResultSchema = z.object({ status: z.enum(['unshared', 'not-shared']) });
export type UnshareDocumentResult = z.infer<typeof unshareDocumentResultSchema>;
