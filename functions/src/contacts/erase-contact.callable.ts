import { eraseContactContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { eraseContact } from './erase-contact.handler';

export const eraseContactCallable = callable(eraseContactContract, eraseContact);
