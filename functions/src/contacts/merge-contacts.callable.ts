import { mergeContactsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { mergeContacts } from './merge-contacts.handler';

export const mergeContactsCallable = callable(mergeContactsContract, mergeContacts);
