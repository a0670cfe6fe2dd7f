import { inviteClientContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { inviteClient } from './invite-client.handler';

export const inviteClientCallable = callable(inviteClientContract, inviteClient);
