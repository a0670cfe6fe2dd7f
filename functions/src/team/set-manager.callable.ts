import { setManagerContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { setManager } from './set-manager.handler';

export const setManagerCallable = callable(setManagerContract, setManager);
