import { contactBuyerContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { contactBuyer } from './contact-buyer.handler';

export const contactBuyerCallable = callable(contactBuyerContract, contactBuyer);
