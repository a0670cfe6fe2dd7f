import { validateInvoiceContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { validateInvoice } from './validate-invoice.handler';

export const validateInvoiceCallable = callable(validateInvoiceContract, validateInvoice);
