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
    'not-collaborator',
    'not-staff',
    'property-not-found',
    'reassign-not-allowed',
    'seller-not-found',
  ],
});
