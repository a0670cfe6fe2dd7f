import { deleteTaskContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteTask } from './delete-task.handler';

export const deleteTaskCallable = callable(deleteTaskContract, deleteTask);
