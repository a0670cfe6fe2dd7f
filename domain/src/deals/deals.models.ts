import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { dealSchema } from './deal.schema';

export const dealModel = defineModel({ kind: 'deal', schema: dealSchema, path: paths.deal });
