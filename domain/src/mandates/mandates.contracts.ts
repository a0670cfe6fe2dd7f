import { defineCallable } from '../shared/contract';
import { exportRegisterResultSchema, registerFilterSchema } from './mandate-register.schema';
import {
  amendmentActionInputSchema,
  amendmentActionResultSchema,
  saveAmendmentInputSchema,
  saveAmendmentResultSchema,
} from './amendment.schema';
import {
  mandateActionInputSchema,
  mandateActionResultSchema,
  saveMandateInputSchema,
  saveMandateResultSchema,
} from './mandate.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff'] as const;

export const saveMandateContract = defineCallable({
  name: 'mandates-saveMandate',
  access: 'signed-in',
  input: saveMandateInputSchema,
  output: saveMandateResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'property-not-found',
    'mandate-not-found',
    'mandate-not-draft',
    'deal-type-mismatch',
    'signer-not-found',
    'seller-not-on-property',
  ],
});

export const sendMandateContract = defineCallable({
  name: 'mandates-sendForSignature',
  access: 'signed-in',
  input: mandateActionInputSchema,
  output: mandateActionResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'mandate-not-found',
    'mandate-not-draft',
    'signer-without-email',
    'agency-card-missing',
  ],
});

export const cancelMandateContract = defineCallable({
  name: 'mandates-cancelMandate',
  access: 'signed-in',
  input: mandateActionInputSchema,
  output: mandateActionResultSchema,
  refusals: [...STAFF_REFUSALS, 'mandate-not-found', 'mandate-not-draft'],
});

export const saveAmendmentContract = defineCallable({
  name: 'mandates-saveAmendment',
  access: 'signed-in',
  input: saveAmendmentInputSchema,
  output: saveAmendmentResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'mandate-not-found',
    'mandate-not-signed',
    'amendment-not-found',
    'amendment-not-draft',
    'amendment-pending',
  ],
});

export const sendAmendmentContract = defineCallable({
  name: 'mandates-sendAmendment',
  access: 'signed-in',
  input: amendmentActionInputSchema,
  output: amendmentActionResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'mandate-not-found',
    'mandate-not-signed',
    'amendment-not-found',
    'amendment-not-draft',
    'signer-without-email',
    'agency-card-missing',
  ],
});

export const exportRegisterContract = defineCallable({
  name: 'mandates-exportRegister',
  access: 'signed-in',
  input: registerFilterSchema,
  output: exportRegisterResultSchema,
  refusals: [...STAFF_REFUSALS],
});
