import { saveContactContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveContactRequest } from './save-contact.handler';

export const saveContactCallable = callable(saveContactContract, saveContactRequest);
