import { defineCallable } from '../shared/contract';
import {
  collectFeesInputSchema,
  dealResultSchema,
  openDealInputSchema,
  recordDealStepInputSchema,
} from './deal.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff'] as const;

export const openDealContract = defineCallable({
  name: 'deals-openDeal',
  access: 'signed-in',
  input: openDealInputSchema,
  output: dealResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'not-deal-agent',
    'assignee-not-active',
    'property-not-found',
    'contact-not-found',
    'buyer-is-seller',
    'offer-not-found',
    'offer-not-accepted',
    'not-property-agent',
    'deal-exists',
  ],
});

export const recordDealStepContract = defineCallable({
  name: 'deals-recordDealStep',
  access: 'signed-in',
  input: recordDealStepInputSchema,
  output: dealResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'deal-not-found',
    'deal-cancelled',
    'deed-signed',
    'fees-collected',
    'dates-out-of-order',
    'date-in-future',
    'not-for-rental',
  ],
});

export const collectFeesContract = defineCallable({
  name: 'deals-collectFees',
  access: 'signed-in',
  input: collectFeesInputSchema,
  output: dealResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'not-team-manager',
    'deal-not-found',
    'deal-cancelled',
    'fees-already-collected',
    'dates-out-of-order',
    'date-in-future',
  ],
});
