import { convertProspectInputSchema } from '@estate/domain';
import { callable } from '../lib/callable';
import { convertProspect } from './convert-prospect.handler';

export const convertProspectCallable = callable(
  'contacts-convertProspect',
  convertProspectInputSchema,
  convertProspect,
);
