import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { approvalSchema } from './approval.schema';

export const approvalModel = defineModel({ kind: 'approval', schema: approvalSchema, path: paths.approval });
