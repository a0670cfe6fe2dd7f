import { propertiesForBuyerContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { propertiesForBuyer } from './properties-for-buyer.handler';

export const propertiesForBuyerCallable = callable(propertiesForBuyerContract, propertiesForBuyer);
