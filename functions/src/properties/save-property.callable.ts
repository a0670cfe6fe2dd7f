import { savePropertyContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveProperty } from './save-property.handler';

export const savePropertyCallable = callable(savePropertyContract, saveProperty);
