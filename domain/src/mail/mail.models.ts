import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { mailSchema } from './mail.schema';
import { tenantMailTemplateSchema } from './tenant-mail-template.schema';

export const mailModel = defineModel({ kind: 'mail', schema: mailSchema, path: paths.mail });
export const mailTemplateModel = defineModel({
  kind: 'mail template',
  schema: tenantMailTemplateSchema,
  path: paths.mailTemplate,
});
