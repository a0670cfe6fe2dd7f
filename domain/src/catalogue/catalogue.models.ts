import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { catalogueUnitSchema } from './catalogue-unit.schema';

export const catalogueUnitModel = defineModel({
  kind: 'catalogue unit',
  schema: catalogueUnitSchema,
  path: paths.catalogueUnit,
});
