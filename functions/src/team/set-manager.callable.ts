import { setManagerInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { setManager } from './set-manager.handler';

export const setManagerCallable = callable('team-setManager', setManagerInputSchema, setManager);
