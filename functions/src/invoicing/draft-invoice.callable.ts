import {
  deleteInvoiceDraftContract,
  draftCreditNoteContract,
  draftFeeInvoiceContract,
  updateInvoiceDraftContract,
} from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteInvoiceDraft, draftCreditNote, draftFeeInvoice, updateInvoiceDraft } from './draft-invoice.handler';

export const draftFeeInvoiceCallable = callable(draftFeeInvoiceContract, draftFeeInvoice);
export const updateInvoiceDraftCallable = callable(updateInvoiceDraftContract, updateInvoiceDraft);
export const deleteInvoiceDraftCallable = callable(deleteInvoiceDraftContract, deleteInvoiceDraft);
export const draftCreditNoteCallable = callable(draftCreditNoteContract, draftCreditNote);
