import { completeTaskContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { completeTask } from './complete-task.handler';

export const completeTaskCallable = callable(completeTaskContract, completeTask);
