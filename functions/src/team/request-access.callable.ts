import { requestAccessContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { requestAccess } from './request-access.handler';

export const requestAccessCallable = callable(requestAccessContract, requestAccess);
