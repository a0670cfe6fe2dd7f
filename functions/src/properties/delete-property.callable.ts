import { deletePropertyContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteProperty } from './delete-property.handler';

export const deletePropertyCallable = callable(deletePropertyContract, deleteProperty);
