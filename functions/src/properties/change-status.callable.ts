import { changePropertyStatusContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { changeStatus } from './change-status.handler';

export const changeStatusCallable = callable(changePropertyStatusContract, changeStatus);
