import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { clientPreferencesSchema } from './client-preferences.schema';

export const clientPreferencesModel = defineModel({
  kind: 'client preferences',
  schema: clientPreferencesSchema,
  path: paths.clientPreferences,
});
