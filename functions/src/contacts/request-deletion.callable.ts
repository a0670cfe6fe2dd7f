import { requestDeletionContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { requestDeletion } from './request-deletion.handler';

export const requestDeletionCallable = callable(requestDeletionContract, requestDeletion);
