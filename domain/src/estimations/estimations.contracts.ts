import { defineCallable } from '../shared/contract';
import {
  deleteEstimationInputSchema,
  deleteEstimationResultSchema,
  saveEstimationInputSchema,
  saveEstimationResultSchema,
} from './estimation.schema';

export const saveEstimationContract = defineCallable({
  name: 'estimations-saveEstimation',
  access: 'signed-in',
  input: saveEstimationInputSchema,
  output: saveEstimationResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found', 'estimation-not-found'],
});

export const deleteEstimationContract = defineCallable({
  name: 'estimations-deleteEstimation',
  access: 'signed-in',
  input: deleteEstimationInputSchema,
  output: deleteEstimationResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff'],
});
