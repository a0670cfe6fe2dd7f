import { CALLABLES, linkContactInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { linkContact } from './link-contact.handler';

export const linkContactCallable = callable(CALLABLES.linkContact, linkContactInputSchema, linkContact);
