import { mergeContactsInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { mergeContacts } from './merge-contacts.handler';

export const mergeContactsCallable = callable('contacts-mergeContacts', mergeContactsInputSchema, mergeContacts);
