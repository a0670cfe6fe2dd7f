import { exportRegisterContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { exportRegister } from './export-register.handler';

export const exportRegisterCallable = callable(exportRegisterContract, exportRegister);
