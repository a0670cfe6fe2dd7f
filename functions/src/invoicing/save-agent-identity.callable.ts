import { saveAgentInvoicingContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveAgentIdentity } from './save-agent-identity.handler';

export const saveAgentIdentityCallable = callable(saveAgentInvoicingContract, saveAgentIdentity);
