import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { propertyDocumentSchema } from './property-document.schema';
import { propertyCounterSchema, propertySchema } from './property.schema';

export const propertyModel = defineModel({ kind: 'property', schema: propertySchema, path: paths.property });
export const propertyCounterModel = defineModel({
  kind: 'property counter',
  schema: propertyCounterSchema,
  path: paths.propertyCounter,
});
export const propertyDocumentModel = defineModel({
  kind: 'property document',
  schema: propertyDocumentSchema,
  path: paths.propertyDocument,
});
