import { defineCallable } from '../shared/contract';
import {
  deleteEstimationInputSchema,
  deleteEstimationResultSchema,
  renderAppraisalInputSchema,
  renderAppraisalResultSchema,
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

export const renderAppraisalContract = defineCallable({
  name: 'estimations-renderAppraisal',
  access: 'signed-in',
  input: renderAppraisalInputSchema,
  output: renderAppraisalResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'property-not-found', 'estimation-not-found'],
});
