import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { discountSettingsSchema } from './discount.schema';

export const discountSettingsModel = defineModel({
  kind: 'discount settings',
  schema: discountSettingsSchema,
  path: paths.discountSettings,
});
