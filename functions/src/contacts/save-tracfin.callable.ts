import { saveTracfinContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveTracfin } from './save-tracfin.handler';

export const saveTracfinCallable = callable(saveTracfinContract, saveTracfin);
