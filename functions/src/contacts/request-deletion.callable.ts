import { requestDeletionInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { requestDeletion } from './request-deletion.handler';

export const requestDeletionCallable = callable(
  'contacts-requestDeletion',
  requestDeletionInputSchema,
  requestDeletion,
);
