import { defineCallable } from '../shared/contract';
import {
  buyersForPropertyInputSchema,
  buyersForPropertyResultSchema,
  contactBuyerInputSchema,
  contactBuyerResultSchema,
  propertiesForBuyerInputSchema,
  propertiesForBuyerResultSchema,
} from './matching.schema';

/** The buyers whose saved search a property meets or nearly meets, among those the caller sees. */
export const buyersForPropertyContract = defineCallable({
  name: 'matching-buyersForProperty',
  access: 'signed-in',
  input: buyersForPropertyInputSchema,
  output: buyersForPropertyResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found'],
});

/** The properties on the market that meet or nearly meet a buyer's saved search. */
export const propertiesForBuyerContract = defineCallable({
  name: 'matching-propertiesForBuyer',
  access: 'signed-in',
  input: propertiesForBuyerInputSchema,
  output: propertiesForBuyerResultSchema,
  refusals: ['actor-not-active', 'contact-not-found', 'not-collaborator', 'not-staff'],
});

/** "Contacter": the buyer joins the property's pipeline in `matching-contacted`, once. */
export const contactBuyerContract = defineCallable({
  name: 'matching-contactBuyer',
  access: 'signed-in',
  input: contactBuyerInputSchema,
  output: contactBuyerResultSchema,
  refusals: [
    'actor-not-active',
    'contact-not-found',
    'not-collaborator',
    'not-staff',
    'phase-not-of-deal-type',
    'property-not-found',
    'property-not-matchable',
    'tenant-not-found',
  ],
});
