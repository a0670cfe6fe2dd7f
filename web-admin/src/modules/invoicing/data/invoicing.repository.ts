import {
  agentInvoicingModel,
  saveAgentInvoicingContract,
  type AgentInvoicing,
  deleteInvoiceDraftContract,
  draftCreditNoteContract,
  draftFeeInvoiceContract,
  invoiceModel,
  invoicePaymentModel,
  invoicingSettingsModel,
  parisMonthRange,
  paths,
  recordInvoicePaymentContract,
  saveInvoicingSettingsContract,
  sendInvoiceContract,
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

/**
 * One page of invoices, newest first: the agency's, all or of one status (owner and admin read them),
 * or those issued in one agent's name (`issuerId`: what the agent reads).
 */
export async function fetchInvoicesPage(
  tenantId: string,
  filter: { status: InvoiceStatus | null } | { issuerId: string },
  after: InvoicesCursor | null,
): Promise<InvoicesPage> {
  const constraints: QueryConstraint[] = [];
  if ('issuerId' in filter) constraints.push(where('issuerId', '==', filter.issuerId));
  else if (filter.status) constraints.push(where('status', '==', filter.status));
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

const PAYMENTS_PAGE_SIZE = 50;
/** An export reads a month's payments in pages of this size. */
const PAYMENTS_EXPORT_PAGE = 500;

/** A calendar month, `2026-12`: its payments are those received from its first day to the next month's. */
function monthRange(month: string): { from: Date; to: Date } {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, index - 1, 1)), to: new Date(Date.UTC(year, index, 1)) };
}

export interface PaymentsCursor {
  paidOn: Date;
  id: string;
}

export interface PaymentsPage {
  payments: InvoicePayment[];
  next: PaymentsCursor | null;
}

function paymentsOfMonth(tenantId: string, month: string, after: PaymentsCursor | null, size: number) {
  const { from, to } = monthRange(month);
  return query(
    collection(db, paths.invoicePayments(tenantId)).withConverter(paymentConverter),
    where('paidOn', '>=', Timestamp.fromDate(from)),
    where('paidOn', '<', Timestamp.fromDate(to)),
    orderBy('paidOn', 'desc'),
    orderBy(documentId(), 'desc'),
    ...(after ? [startAfter(Timestamp.fromDate(after.paidOn), after.id)] : []),
    limit(size),
  );
}

/** The payments journal: one page of a month's payments, latest received first. */
export async function fetchPaymentsPage(
  tenantId: string,
  month: string,
  after: PaymentsCursor | null,
): Promise<PaymentsPage> {
  const snapshot = await getDocs(paymentsOfMonth(tenantId, month, after, PAYMENTS_PAGE_SIZE));
  const payments = readDocs(snapshot);
  const last = payments.at(-1);
  return {
    payments,
    next: snapshot.size === PAYMENTS_PAGE_SIZE && last ? { paidOn: last.paidOn, id: last.id } : null,
  };
}

/** Every payment of a month, for its export: read page after page, `onProgress` told how many so far. */
export async function fetchMonthPayments(
  tenantId: string,
  month: string,
  onProgress: (count: number) => void,
): Promise<InvoicePayment[]> {
  const all: InvoicePayment[] = [];
  let after: PaymentsCursor | null = null;
  for (;;) {
    const snapshot = await getDocs(paymentsOfMonth(tenantId, month, after, PAYMENTS_EXPORT_PAGE));
    const page: InvoicePayment[] = readDocs(snapshot);
    all.push(...page);
    onProgress(all.length);
    const last: InvoicePayment | undefined = page.at(-1);
    if (snapshot.size < PAYMENTS_EXPORT_PAGE || !last) return all;
    after = { paidOn: last.paidOn, id: last.id };
  }
}

/**
 * Every invoice and credit note issued in a month (in Paris), for the accounting export: read 500 at a
 * time by `issuedAt` (single-field index), `onProgress` told how many so far.
 */
export async function fetchMonthInvoices(
  tenantId: string,
  month: string,
  onProgress: (count: number) => void,
): Promise<Invoice[]> {
  const { from, to } = parisMonthRange(month);
  const all: Invoice[] = [];
  let after: Invoice | undefined;
  for (;;) {
    const snapshot = await getDocs(
      query(
        collection(db, paths.invoices(tenantId)).withConverter(invoiceConverter),
        where('issuedAt', '>=', Timestamp.fromDate(from)),
        where('issuedAt', '<', Timestamp.fromDate(to)),
        orderBy('issuedAt'),
        orderBy(documentId()),
        ...(after?.issuedAt ? [startAfter(Timestamp.fromDate(after.issuedAt), after.id)] : []),
        limit(PAYMENTS_EXPORT_PAGE),
      ),
    );
    const page: Invoice[] = readDocs(snapshot);
    all.push(...page);
    onProgress(all.length);
    after = page.at(-1);
    if (snapshot.size < PAYMENTS_EXPORT_PAGE || !after) return all;
  }
}

const agentInvoicingConverter = converterOf(agentInvoicingModel);

export async function fetchAgentInvoicing(tenantId: string, uid: string): Promise<AgentInvoicing | null> {
  return readDoc(await getDoc(doc(db, paths.agentInvoicing(tenantId, uid)).withConverter(agentInvoicingConverter)));
}

export async function fetchInvoicingSettings(tenantId: string): Promise<InvoicingSettings | null> {
  return readDoc(await getDoc(doc(db, paths.invoicingSettings(tenantId)).withConverter(settingsConverter)));
}

export const saveInvoicingSettings = (input: ContractInput<typeof saveInvoicingSettingsContract>) =>
  call(saveInvoicingSettingsContract, input);
export const draftFeeInvoice = (input: ContractInput<typeof draftFeeInvoiceContract>) =>
  call(draftFeeInvoiceContract, input);
export const draftCreditNote = (input: ContractInput<typeof draftCreditNoteContract>) =>
  call(draftCreditNoteContract, input);
export const updateInvoiceDraft = (input: ContractInput<typeof updateInvoiceDraftContract>) =>
  call(updateInvoiceDraftContract, input);
export const deleteInvoiceDraft = (input: ContractInput<typeof deleteInvoiceDraftContract>) =>
  call(deleteInvoiceDraftContract, input);
export const validateInvoice = (input: ContractInput<typeof validateInvoiceContract>) =>
  call(validateInvoiceContract, input);
export const recordInvoicePayment = (input: ContractInput<typeof recordInvoicePaymentContract>) =>
  call(recordInvoicePaymentContract, input);
export const sendInvoice = (input: ContractInput<typeof sendInvoiceContract>) => call(sendInvoiceContract, input);
export const saveAgentInvoicing = (input: ContractInput<typeof saveAgentInvoicingContract>) =>
  call(saveAgentInvoicingContract, input);
