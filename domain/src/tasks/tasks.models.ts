import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { taskSchema } from './task.schema';

export const taskModel = defineModel({ kind: 'task', schema: taskSchema, path: paths.task });
