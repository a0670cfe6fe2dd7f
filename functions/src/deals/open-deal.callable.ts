import { openDealContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { openDeal } from './open-deal.handler';

export const openDealCallable = callable(openDealContract, openDeal);
