import { buyersForPropertyContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { buyersForProperty } from './buyers-for-property.handler';

export const buyersForPropertyCallable = callable(buyersForPropertyContract, buyersForProperty);
