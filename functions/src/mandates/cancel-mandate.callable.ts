import { cancelMandateContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { cancelMandate } from './cancel-mandate.handler';

export const cancelMandateCallable = callable(cancelMandateContract, cancelMandate);
