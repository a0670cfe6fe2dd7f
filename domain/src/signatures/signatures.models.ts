import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { signatureRequestSchema } from './signature-request.schema';

export const signatureRequestModel = defineModel({
  kind: 'signature request',
  schema: signatureRequestSchema,
  path: paths.signatureRequest,
});
