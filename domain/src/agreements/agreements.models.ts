import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { agreementTemplateSchema } from './agreement-template.schema';
import { agreementSchema } from './agreement.schema';
import { developerSignatorySchema } from './developer-signatory.schema';

export const developerSignatoryModel = defineModel({
  kind: 'developerSignatory',
  schema: developerSignatorySchema,
  path: paths.developerSignatory,
});
export const agreementTemplateModel = defineModel({
  kind: 'agreementTemplate',
  schema: agreementTemplateSchema,
  path: paths.agreementTemplate,
});
export const agreementModel = defineModel({ kind: 'agreement', schema: agreementSchema, path: paths.agreement });
