import { saveMandateContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveMandate } from './save-mandate.handler';

export const saveMandateCallable = callable(saveMandateContract, saveMandate);
