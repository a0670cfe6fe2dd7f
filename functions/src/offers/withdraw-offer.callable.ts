import { withdrawOfferContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { withdrawOffer } from './withdraw-offer.handler';

export const withdrawOfferCallable = callable(withdrawOfferContract, withdrawOffer);
