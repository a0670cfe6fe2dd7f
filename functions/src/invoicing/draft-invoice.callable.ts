import { deleteInvoiceDraftContract, draftFeeInvoiceContract, updateInvoiceDraftContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteInvoiceDraft, draftFeeInvoice, updateInvoiceDraft } from './draft-invoice.handler';

export const draftFeeInvoiceCallable = callable(draftFeeInvoiceContract, draftFeeInvoice);
export const updateInvoiceDraftCallable = callable(updateInvoiceDraftContract, updateInvoiceDraft);
export const deleteInvoiceDraftCallable = callable(deleteInvoiceDraftContract, deleteInvoiceDraft);
