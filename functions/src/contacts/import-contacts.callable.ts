import { importContactsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { importContacts } from './import-contacts.handler';

export const importContactsCallable = callable(importContactsContract, importContacts);
