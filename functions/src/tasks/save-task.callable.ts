import { saveTaskContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveTask } from './save-task.handler';

export const saveTaskCallable = callable(saveTaskContract, saveTask);
