import { changeRoleContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { changeRole } from './change-role.handler';

export const changeRoleCallable = callable(changeRoleContract, changeRole);
