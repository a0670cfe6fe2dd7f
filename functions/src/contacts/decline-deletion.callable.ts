import { declineDeletionContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { declineDeletion } from './decline-deletion.handler';

export const declineDeletionCallable = callable(declineDeletionContract, declineDeletion);
