import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { clientPlaceSchema } from './client-place.schema';

export const clientPlaceModel = defineModel({
  kind: 'client place',
  schema: clientPlaceSchema,
  path: paths.clientPlace,
});
