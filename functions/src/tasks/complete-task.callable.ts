import { completeTaskInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { completeTask } from './complete-task.handler';

export const completeTaskCallable = callable('tasks-completeTask', completeTaskInputSchema, completeTask);
