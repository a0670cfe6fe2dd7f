import { sendAmendmentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { sendAmendment } from './send-amendment.handler';

export const sendAmendmentCallable = callable(sendAmendmentContract, sendAmendment);
