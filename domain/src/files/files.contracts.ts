import { defineCallable } from '../shared/contract';
import { deleteContactDocumentInputSchema, deleteContactDocumentResultSchema } from './delete-document.schema';

export const deleteContactDocumentContract = defineCallable({
  name: 'files-deleteContactDocument',
  access: 'signed-in',
  input: deleteContactDocumentInputSchema,
  output: deleteContactDocumentResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-collaborator', 'not-staff', 'tenant-not-found'],
});
