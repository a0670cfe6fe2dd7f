import { registerOfferContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { registerOffer } from './register-offer.handler';

export const registerOfferCallable = callable(registerOfferContract, registerOffer);
