import { linkContactContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { linkContact } from './link-contact.handler';

export const linkContactCallable = callable(linkContactContract, linkContact);
