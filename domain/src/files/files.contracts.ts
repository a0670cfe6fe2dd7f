import { defineCallable } from '../shared/contract';
import { deletePropertyDocumentInputSchema } from '../properties/property-document.schema';
import { deleteContactDocumentInputSchema, deleteContactDocumentResultSchema } from './delete-document.schema';
import {
  shareDocumentInputSchema,
  shareDocumentResultSchema,
  unshareDocumentInputSchema,
  unshareDocumentResultSchema,
} from './shared-document.schema';

export const deleteContactDocumentContract = defineCallable({
  name: 'files-deleteContactDocument',
  access: 'signed-in',
  input: deleteContactDocumentInputSchema,
  output: deleteContactDocumentResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-collaborator', 'not-staff', 'tenant-not-found'],
});

/** The same for a property's document: the record goes with a remark in the property's history. */
export const deletePropertyDocumentContract = defineCallable({
  name: 'files-deletePropertyDocument',
  access: 'signed-in',
  input: deletePropertyDocumentInputSchema,
  output: deleteContactDocumentResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found', 'tenant-not-found'],
});

/**
 * A collaborator who sees the client shares a document of the client file or of a property with them:
 * the client reads it in their space and is mailed once.
 */
export const shareDocumentContract = defineCallable({
  name: 'files-shareDocument',
  access: 'signed-in',
  input: shareDocumentInputSchema,
  output: shareDocumentResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'document-not-found',
    'not-collaborator',
    'not-staff',
    'property-not-found',
    'tenant-not-found',
  ],
});

/** The client no longer sees the document; the document itself stays in the file. */
export const unshareDocumentContract = defineCallable({
  name: 'files-unshareDocument',
  access: 'signed-in',
  input: unshareDocumentInputSchema,
  output: unshareDocumentResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-collaborator', 'not-staff', 'tenant-not-found'],
});
