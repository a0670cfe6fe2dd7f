import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { autoResponderSettingsSchema } from './auto-responder.schema';
import { leadsSecretSchema } from './leads-secret.schema';
import { storedPortalLeadSchema } from './portal-lead.schema';

export const leadModel = defineModel({ kind: 'portal lead', schema: storedPortalLeadSchema, path: paths.lead });
export const leadsSecretModel = defineModel({
  kind: 'leads secret',
  schema: leadsSecretSchema,
  path: paths.leadsSecret,
});
export const autoResponderSettingsModel = defineModel({
  kind: 'auto-responder settings',
  schema: autoResponderSettingsSchema,
  path: paths.autoResponderSettings,
});
