import { convertProspectContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { convertProspect } from './convert-prospect.handler';

export const convertProspectCallable = callable(convertProspectContract, convertProspect);
