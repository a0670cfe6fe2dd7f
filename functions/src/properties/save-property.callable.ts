import { CALLABLES, savePropertyInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveProperty } from './save-property.handler';

export const savePropertyCallable = callable(CALLABLES.saveProperty, savePropertyInputSchema, saveProperty);
