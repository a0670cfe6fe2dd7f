import { defineCallable } from '../shared/contract';
import { rotateLeadsSecretInputSchema, rotateLeadsSecretResultSchema } from './leads-secret.schema';

export const rotateLeadsSecretContract = defineCallable({
  name: 'leads-rotateSecret',
  access: 'signed-in',
  input: rotateLeadsSecretInputSchema,
  output: rotateLeadsSecretResultSchema,
  refusals: ['actor-not-active', 'not-staff', 'not-team-manager'],
});
