import { defineCallable } from '../shared/contract';
import { deletePropertyDocumentInputSchema } from '../properties/property-document.schema';
import { deleteContactDocumentInputSchema, deleteContactDocumentResultSchema } from './delete-document.schema';

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
