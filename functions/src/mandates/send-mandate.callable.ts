import { sendMandateContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { sendMandate } from './send-mandate.handler';

export const sendMandateCallable = callable(sendMandateContract, sendMandate);
