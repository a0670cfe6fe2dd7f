import { answerOfferContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { answerOffer } from './answer-offer.handler';

export const answerOfferCallable = callable(answerOfferContract, answerOffer);
