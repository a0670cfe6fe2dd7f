import { decideAccessContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { decideAccess } from './decide-access.handler';

export const decideAccessCallable = callable(decideAccessContract, decideAccess);
