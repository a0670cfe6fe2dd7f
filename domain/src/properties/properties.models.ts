import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { propertyCounterSchema, propertySchema } from './property.schema';

export const propertyModel = defineModel({ kind: 'property', schema: propertySchema, path: paths.property });
export const propertyCounterModel = defineModel({
  kind: 'property counter',
  schema: propertyCounterSchema,
  path: paths.propertyCounter,
});
