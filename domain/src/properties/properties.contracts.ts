import { defineCallable } from '../shared/contract';
import { savePropertyInputSchema, savePropertyResultSchema } from './property.schema';

export const savePropertyContract = defineCallable({
  name: 'properties-saveProperty',
  access: 'signed-in',
  input: savePropertyInputSchema,
  output: savePropertyResultSchema,
  refusals: [
    'actor-not-active',
    'agent-not-active',
    'deal-type-fixed',
    'listing-reassign-not-allowed',
    'not-collaborator',
    'not-staff',
    'property-not-found',
    'seller-not-found',
  ],
});
