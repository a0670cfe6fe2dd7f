import { declineDeletionInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { declineDeletion } from './decline-deletion.handler';

export const declineDeletionCallable = callable(
  'contacts-declineDeletion',
  declineDeletionInputSchema,
  declineDeletion,
);
