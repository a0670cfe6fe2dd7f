import { saveAmendmentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveAmendment } from './save-amendment.handler';

export const saveAmendmentCallable = callable(saveAmendmentContract, saveAmendment);
