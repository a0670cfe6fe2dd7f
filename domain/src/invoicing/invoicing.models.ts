import { z } from 'zod';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { invoicePaymentSchema, invoiceSchema } from './invoice.schema';

export const invoiceModel = defineModel({ kind: 'invoice', schema: invoiceSchema, path: paths.invoice });

export const invoiceCounterSchema = z.object({ last: z.number().int().min(0).default(0) });
export const invoiceCounterModel = defineModel({
  kind: 'invoice counter',
  schema: invoiceCounterSchema,
  path: paths.invoiceCounter,
});

export const invoicePaymentModel = defineModel({
  kind: 'invoice payment',
  schema: invoicePaymentSchema,
  path: paths.invoicePayment,
});
