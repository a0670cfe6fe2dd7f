import { CALLABLES, rotateLeadsSecretInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { functionsLocation, rotateSecretHandler } from './rotate-secret.handler';

export const rotateSecretCallable = callable(
  CALLABLES.rotateLeadsSecret,
  rotateLeadsSecretInputSchema,
  rotateSecretHandler(functionsLocation()),
);
