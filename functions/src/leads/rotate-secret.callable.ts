import { rotateLeadsSecretContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { functionsLocation, rotateSecretHandler } from './rotate-secret.handler';

export const rotateSecretCallable = callable(rotateLeadsSecretContract, rotateSecretHandler(functionsLocation()));
