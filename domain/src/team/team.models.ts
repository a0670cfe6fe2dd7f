import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { memberSchema } from './member.schema';

export const memberModel = defineModel({ kind: 'member', schema: memberSchema, path: paths.member });
