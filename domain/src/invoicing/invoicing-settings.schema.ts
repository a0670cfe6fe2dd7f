import { z } from 'zod';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { invoicePartySchema, paymentTermsSchema } from './invoice.schema';

/**
 * Settings › Invoicing: the agency as its invoices name it (legal name, structured address, SIREN,
 * VAT number, the mentions it must print) and its payment terms. An agency is a business: its
 * SIREN is required, and no invoice is validated before these are set.
 */
export const invoicingSettingsInputSchema = z.object({
  issuer: invoicePartySchema.refine((party) => party.siren !== null, {
    message: 'the agency’s SIREN is required',
    path: ['siren'],
  }),
  terms: paymentTermsSchema,
});
export type InvoicingSettingsInput = z.input<typeof invoicingSettingsInputSchema>;
export type ValidInvoicingSettingsInput = z.output<typeof invoicingSettingsInputSchema>;

/** `tenants/{t}/settings/invoicing`: written by invoicing-saveSettings; owner and admin read it. */
export const invoicingSettingsSchema = invoicingSettingsInputSchema.extend({
  updatedAt: z.date(),
  updatedBy: z.string().max(128),
});
export type InvoicingSettings = z.infer<typeof invoicingSettingsSchema>;

export const invoicingSettingsModel = defineModel({
  kind: 'invoicing settings',
  schema: invoicingSettingsSchema,
  path: paths.invoicingSettings,
});

/** The payment terms a new agency starts from: 30 days, three times the legal rate rounded up. */
export const DEFAULT_PAYMENT_TERMS = { dueDays: 30, latePenaltyPercent: 12, iban: '', bic: '' } as const;
