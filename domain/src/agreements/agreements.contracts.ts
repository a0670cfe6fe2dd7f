import { defineCallable } from '../shared/contract';
import {
  advanceAgreementInputSchema,
  advanceAgreementResultSchema,
  generateAgreementInputSchema,
  generateAgreementResultSchema,
} from './agreement.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-staff', 'not-developer'] as const;

export const generateAgreementContract = defineCallable({
  name: 'agreements-generateAgreement',
  access: 'signed-in',
  input: generateAgreementInputSchema,
  output: generateAgreementResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'booking-not-found',
    'booking-not-paid',
    'unit-not-found',
    'contact-not-found',
    'signatory-not-found',
    'power-expired',
    'power-not-yet-valid',
    'template-invalid',
    'values-missing',
    'agreement-not-draft',
  ],
});

export const advanceAgreementContract = defineCallable({
  name: 'agreements-advanceAgreement',
  access: 'signed-in',
  input: advanceAgreementInputSchema,
  output: advanceAgreementResultSchema,
  refusals: [...STAFF_REFUSALS, 'agreement-not-found', 'wrong-step'],
});
