import { sendInvoiceContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { sendInvoice } from './send-invoice.handler';

export const sendInvoiceCallable = callable(sendInvoiceContract, sendInvoice);
