import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { sellerActivitySchema, sellerPropertySchema } from './seller-activity.schema';

export const sellerPropertyModel = defineModel({
  kind: 'seller property',
  schema: sellerPropertySchema,
  path: paths.sellerProperty,
});
export const sellerActivityModel = defineModel({
  kind: 'seller activity',
  schema: sellerActivitySchema,
  path: paths.sellerActivityItem,
});
