import { recordInvoicePaymentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { recordInvoicePayment } from './record-payment.handler';

export const recordInvoicePaymentCallable = callable(recordInvoicePaymentContract, recordInvoicePayment);
