import { defineCallable } from '../shared/contract';
import {
  answerOfferInputSchema,
  answerOfferResultSchema,
  offerResultSchema,
  registerOfferInputSchema,
  withdrawOfferInputSchema,
} from './offer.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff'] as const;

export const registerOfferContract = defineCallable({
  name: 'offers-registerOffer',
  access: 'signed-in',
  input: registerOfferInputSchema,
  output: offerResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'property-not-found',
    'property-not-for-sale',
    'contact-not-found',
    'buyer-is-seller',
    'buyer-without-email',
    'validity-in-past',
    'tracfin-incomplete',
  ],
});

export const answerOfferContract = defineCallable({
  name: 'offers-answerOffer',
  access: 'signed-in',
  input: answerOfferInputSchema,
  output: answerOfferResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'offer-not-found',
    'property-not-found',
    'offer-not-signed',
    'offer-closed',
    'offer-expired',
    'dates-out-of-order',
    'date-in-past',
    'validity-in-past',
  ],
});

export const withdrawOfferContract = defineCallable({
  name: 'offers-withdrawOffer',
  access: 'signed-in',
  input: withdrawOfferInputSchema,
  output: offerResultSchema,
  refusals: [...STAFF_REFUSALS, 'offer-not-found', 'offer-closed', 'offer-being-signed'],
});
