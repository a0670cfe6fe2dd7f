import { informContactsContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { readUnsubscribeSecret, unsubscribeSecret } from '../lib/config';
import { unsubscribeEndpoint } from '../mail/unsubscribe-link';
import { informContactsHandler } from './inform-contacts.handler';

export const informContactsCallable = callable(
  informContactsContract,
  informContactsHandler({ secret: readUnsubscribeSecret, endpoint: unsubscribeEndpoint() }),
  { secrets: [unsubscribeSecret] },
);
