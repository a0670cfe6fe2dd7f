import { defineCallable } from '../shared/contract';
import {
  changePropertyStatusInputSchema,
  changePropertyStatusResultSchema,
  deletePropertyInputSchema,
  deletePropertyResultSchema,
  savePropertyInputSchema,
  savePropertyResultSchema,
} from './property.schema';

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

export const changePropertyStatusContract = defineCallable({
  name: 'properties-changeStatus',
  access: 'signed-in',
  input: changePropertyStatusInputSchema,
  output: changePropertyStatusResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found', 'status-not-for-deal'],
});

export const deletePropertyContract = defineCallable({
  name: 'properties-deleteProperty',
  access: 'signed-in',
  input: deletePropertyInputSchema,
  output: deletePropertyResultSchema,
  refusals: [
    'actor-not-active',
    'reference-mismatch',
    'delete-not-allowed',
    'not-collaborator',
    'not-staff',
    'property-has-mandate',
  ],
});
