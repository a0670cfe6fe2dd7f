import { collectFeesContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { collectFees } from './collect-fees.handler';

export const collectFeesCallable = callable(collectFeesContract, collectFees);
