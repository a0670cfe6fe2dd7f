import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { amendmentSchema } from './amendment.schema';
import { mandateCounterSchema, registerLineSchema } from './mandate-register.schema';
import { mandateSchema } from './mandate.schema';

export const mandateModel = defineModel({ kind: 'mandate', schema: mandateSchema, path: paths.mandate });
export const amendmentModel = defineModel({ kind: 'amendment', schema: amendmentSchema, path: paths.amendment });
export const registerLineModel = defineModel({
  kind: 'mandate register line',
  schema: registerLineSchema,
  path: paths.mandateRegisterLine,
});
export const mandateCounterModel = defineModel({
  kind: 'mandate counter',
  schema: mandateCounterSchema,
  path: paths.mandateCounter,
});
