import { saveTaskInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveTask } from './save-task.handler';

export const saveTaskCallable = callable('tasks-saveTask', saveTaskInputSchema, saveTask);
