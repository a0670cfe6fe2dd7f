import {
  deleteInvoiceDraftContract,
  draftFeeInvoiceContract,
  invoiceModel,
  invoicePaymentModel,
  invoicingSettingsModel,
  paths,
  recordInvoicePaymentContract,
  saveInvoicingSettingsContract,
  updateInvoiceDraftContract,
  validateInvoiceContract,
  type ContractInput,
  type Invoice,
  type InvoicePayment,
  type InvoiceStatus,
  type InvoicingSettings,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  Timestamp,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const invoiceConverter = converterOf(invoiceModel);
const paymentConverter = converterOf(invoicePaymentModel);
const settingsConverter = converterOf(invoicingSettingsModel);

const INVOICES_PAGE_SIZE = 30;
/** A deal has a few invoices (fees, a credit note, a new invoice): more than this is not a deal's. */
const DEAL_INVOICES_MAX = 20;
/** Payments of one invoice: partial payments are a handful. */
const INVOICE_PAYMENTS_MAX = 50;

/** Where a page starts: after this invoice, in the list's order (creation, then id). */
export interface InvoicesCursor {
  createdAt: Date;
  id: string;
}

export interface InvoicesPage {
  invoices: Invoice[];
  next: InvoicesCursor | null;
}

/** One page of the agency's invoices, newest first, all or of one status (owner and admin read them). */
export async function fetchInvoicesPage(
  tenantId: string,
  status: InvoiceStatus | null,
  after: InvoicesCursor | null,
): Promise<InvoicesPage> {
  const constraints: QueryConstraint[] = [];
  if (status) constraints.push(where('status', '==', status));
  constraints.push(orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
  if (after) constraints.push(startAfter(Timestamp.fromDate(after.createdAt), after.id));
  const snapshot = await getDocs(
    query(
      collection(db, paths.invoices(tenantId)).withConverter(invoiceConverter),
      ...constraints,
      limit(INVOICES_PAGE_SIZE),
    ),
  );
  const invoices = readDocs(snapshot);
  const last = invoices.at(-1);
  return {
    invoices,
    next: snapshot.size === INVOICES_PAGE_SIZE && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export async function fetchInvoice(tenantId: string, invoiceId: string): Promise<Invoice | null> {
  return readDoc(await getDoc(doc(db, paths.invoice(tenantId, invoiceId)).withConverter(invoiceConverter)));
}

export async function fetchDealInvoices(tenantId: string, dealId: string): Promise<Invoice[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.invoices(tenantId)).withConverter(invoiceConverter),
      where('dealId', '==', dealId),
      orderBy('createdAt', 'desc'),
      orderBy(documentId(), 'desc'),
      limit(DEAL_INVOICES_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchInvoicePayments(tenantId: string, invoiceId: string): Promise<InvoicePayment[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.invoicePayments(tenantId)).withConverter(paymentConverter),
      where('invoiceId', '==', invoiceId),
      limit(INVOICE_PAYMENTS_MAX),
    ),
  );
  return readDocs(snapshot).sort((a, b) => a.paidOn.getTime() - b.paidOn.getTime());
}

export async function fetchInvoicingSettings(tenantId: string): Promise<InvoicingSettings | null> {
  return readDoc(await getDoc(doc(db, paths.invoicingSettings(tenantId)).withConverter(settingsConverter)));
}

export const saveInvoicingSettings = (input: ContractInput<typeof saveInvoicingSettingsContract>) =>
  call(saveInvoicingSettingsContract, input);
export const draftFeeInvoice = (input: ContractInput<typeof draftFeeInvoiceContract>) =>
  call(draftFeeInvoiceContract, input);
export const updateInvoiceDraft = (input: ContractInput<typeof updateInvoiceDraftContract>) =>
  call(updateInvoiceDraftContract, input);
export const deleteInvoiceDraft = (input: ContractInput<typeof deleteInvoiceDraftContract>) =>
  call(deleteInvoiceDraftContract, input);
export const validateInvoice = (input: ContractInput<typeof validateInvoiceContract>) =>
  call(validateInvoiceContract, input);
export const recordInvoicePayment = (input: ContractInput<typeof recordInvoicePaymentContract>) =>
  call(recordInvoicePaymentContract, input);
