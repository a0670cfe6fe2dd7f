import { defineCallable } from '../shared/contract';
import {
  financingResultSchema,
  logConsultationInputSchema,
  saveApplicationInputSchema,
  setBankStatusInputSchema,
} from './financing-application.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-staff', 'not-developer'] as const;

export const saveApplicationContract = defineCallable({
  name: 'financing-saveApplication',
  access: 'signed-in',
  input: saveApplicationInputSchema,
  output: financingResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'contact-not-found',
    'contact-changed',
    'unit-not-found',
    'booking-not-found',
    'booking-other-client',
    'bank-line-in-progress',
  ],
});

export const setBankStatusContract = defineCallable({
  name: 'financing-setBankStatus',
  access: 'signed-in',
  input: setBankStatusInputSchema,
  output: financingResultSchema,
  refusals: [...STAFF_REFUSALS, 'application-not-found', 'bank-line-not-found', 'bank-line-closed', 'wrong-step'],
});

export const logConsultationContract = defineCallable({
  name: 'financing-logConsultation',
  access: 'signed-in',
  input: logConsultationInputSchema,
  output: financingResultSchema,
  refusals: [...STAFF_REFUSALS, 'application-not-found', 'contact-not-found'],
});
