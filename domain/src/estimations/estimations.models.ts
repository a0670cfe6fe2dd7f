import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { estimationSchema } from './estimation.schema';

export const estimationModel = defineModel({ kind: 'estimation', schema: estimationSchema, path: paths.estimation });
