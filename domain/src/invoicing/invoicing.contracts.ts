import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import {
  draftCreditNoteInputSchema,
  draftFeeInvoiceInputSchema,
  invoiceIdInputSchema,
  invoiceResultSchema,
  recordInvoicePaymentInputSchema,
  sendInvoiceInputSchema,
  updateInvoiceDraftInputSchema,
  validateInvoiceInputSchema,
} from './invoice.schema';
import { saveAgentInvoicingInputSchema } from './commission-invoices';
import { invoicingSettingsInputSchema } from './invoicing-settings.schema';

/** Only the owner and admins handle the agency's invoices. */
const MANAGER_REFUSALS = ['actor-not-active', 'not-staff', 'not-team-manager'] as const;
/** Why a credit note cannot correct its invoice (`creditNoteRefusal`), drafted or validated. */
const CREDIT_REFUSALS = [
  'invoice-not-validated',
  'invoice-is-credit-note',
  'invoice-cancelled',
  'amount-not-positive',
  'amount-above-invoice',
] as const;

export const saveInvoicingSettingsContract = defineCallable({
  name: 'invoicing-saveSettings',
  access: 'signed-in',
  input: invoicingSettingsInputSchema,
  output: z.object({ saved: z.literal(true) }),
  refusals: [...MANAGER_REFUSALS],
});

export const draftFeeInvoiceContract = defineCallable({
  name: 'invoicing-draftFeeInvoice',
  access: 'signed-in',
  input: draftFeeInvoiceInputSchema,
  output: invoiceResultSchema,
  refusals: [
    ...MANAGER_REFUSALS,
    'invoicing-not-configured',
    'deal-not-found',
    'deal-cancelled',
    'contact-not-found',
    'invoice-exists',
  ],
});

export const draftCreditNoteContract = defineCallable({
  name: 'invoicing-draftCreditNote',
  access: 'signed-in',
  input: draftCreditNoteInputSchema,
  output: invoiceResultSchema,
  refusals: [
    ...MANAGER_REFUSALS,
    'invoice-not-found',
    'invoice-not-numbered',
    'invoice-exists',
    'credit-vat-mismatch',
    ...CREDIT_REFUSALS,
  ],
});

export const updateInvoiceDraftContract = defineCallable({
  name: 'invoicing-updateDraft',
  access: 'signed-in',
  input: updateInvoiceDraftInputSchema,
  output: invoiceResultSchema,
  refusals: [...MANAGER_REFUSALS, 'invoice-not-found', 'invoice-not-draft', 'invoice-not-editable'],
});

export const deleteInvoiceDraftContract = defineCallable({
  name: 'invoicing-deleteDraft',
  access: 'signed-in',
  input: invoiceIdInputSchema,
  output: invoiceResultSchema,
  refusals: [...MANAGER_REFUSALS, 'invoice-not-draft'],
});

export const validateInvoiceContract = defineCallable({
  name: 'invoicing-validateInvoice',
  access: 'signed-in',
  input: validateInvoiceInputSchema,
  output: invoiceResultSchema,
  refusals: [
    ...MANAGER_REFUSALS,
    'invoicing-not-configured',
    'invoice-not-found',
    'invoice-changed',
    'agent-invoicing-missing',
    ...CREDIT_REFUSALS,
  ],
});

export const recordInvoicePaymentContract = defineCallable({
  name: 'invoicing-recordPayment',
  access: 'signed-in',
  input: recordInvoicePaymentInputSchema,
  output: z.object({ paymentId: z.string() }),
  refusals: [
    ...MANAGER_REFUSALS,
    'invoice-not-found',
    'invoice-not-validated',
    'invoice-not-numbered',
    'invoice-is-credit-note',
    'invoice-self-billed',
    'invoice-closed',
    'amount-not-positive',
    'amount-above-due',
    'date-in-future',
  ],
});

export const sendInvoiceContract = defineCallable({
  name: 'invoicing-sendInvoice',
  access: 'signed-in',
  input: sendInvoiceInputSchema,
  output: invoiceResultSchema,
  refusals: [
    ...MANAGER_REFUSALS,
    'invoice-not-found',
    'invoice-not-validated',
    'invoice-not-numbered',
    'invoice-self-billed',
  ],
});

/** An agent's identity on their commission invoices: theirs to set, or the owner's and admins'. */
export const saveAgentInvoicingContract = defineCallable({
  name: 'invoicing-saveAgentIdentity',
  access: 'signed-in',
  input: saveAgentInvoicingInputSchema,
  output: z.object({ saved: z.literal(true) }),
  refusals: [...MANAGER_REFUSALS, 'member-not-found', 'not-collaborator'],
});
