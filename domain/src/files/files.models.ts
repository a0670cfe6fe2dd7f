import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { sharedDocumentSchema } from './shared-document.schema';

export const sharedDocumentModel = defineModel({
  kind: 'shared document',
  schema: sharedDocumentSchema,
  path: paths.sharedDocument,
});
