import {
  agentInvoicingModel,
  invoiceModel,
  invoicePaymentModel,
  invoicingSettingsModel,
  type InvoiceStatus,
} from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchAgentInvoicing,
  fetchDealInvoices,
  fetchInvoice,
  fetchInvoicePayments,
  fetchInvoicesPage,
  fetchInvoicingSettings,
  fetchPaymentsPage,
  type InvoicesCursor,
  type PaymentsCursor,
} from '../data/invoicing.repository';

export const invoicingKeys = {
  invoices: (tenantId: string) => modelKeys.of(tenantId, invoiceModel),
  payments: (tenantId: string) => modelKeys.of(tenantId, invoicePaymentModel),
  settings: (tenantId: string) => modelKeys.of(tenantId, invoicingSettingsModel),
  agentIdentity: (tenantId: string) => modelKeys.of(tenantId, agentInvoicingModel),
};

export function invoicesOptions(tenantId: string, status: InvoiceStatus | null) {
  return infiniteQueryOptions({
    queryKey: [...invoicingKeys.invoices(tenantId), 'page', status] as const,
    queryFn: ({ pageParam }) => fetchInvoicesPage(tenantId, { status }, pageParam),
    initialPageParam: null as InvoicesCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

export function invoiceOptions(tenantId: string, invoiceId: string) {
  return queryOptions({
    queryKey: [...invoicingKeys.invoices(tenantId), 'one', invoiceId] as const,
    queryFn: () => fetchInvoice(tenantId, invoiceId),
  });
}

export function dealInvoicesOptions(tenantId: string, dealId: string) {
  return queryOptions({
    queryKey: [...invoicingKeys.invoices(tenantId), 'deal', dealId] as const,
    queryFn: () => fetchDealInvoices(tenantId, dealId),
  });
}

export function invoicePaymentsOptions(tenantId: string, invoiceId: string) {
  return queryOptions({
    queryKey: [...invoicingKeys.payments(tenantId), invoiceId] as const,
    queryFn: () => fetchInvoicePayments(tenantId, invoiceId),
  });
}

export function invoicingSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: invoicingKeys.settings(tenantId),
    queryFn: () => fetchInvoicingSettings(tenantId),
  });
}

export function paymentsJournalOptions(tenantId: string, month: string) {
  return infiniteQueryOptions({
    queryKey: [...invoicingKeys.payments(tenantId), 'month', month] as const,
    queryFn: ({ pageParam }) => fetchPaymentsPage(tenantId, month, pageParam),
    initialPageParam: null as PaymentsCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

/** The invoices issued in an agent's name (their commission invoices), newest first. */
export function agentInvoicesOptions(tenantId: string, uid: string) {
  return infiniteQueryOptions({
    queryKey: [...invoicingKeys.invoices(tenantId), 'issuer', uid] as const,
    queryFn: ({ pageParam }) => fetchInvoicesPage(tenantId, { issuerId: uid }, pageParam),
    initialPageParam: null as InvoicesCursor | null,
    getNextPageParam: (page) => page.next,
  });
}

export function agentIdentityOptions(tenantId: string, uid: string) {
  return queryOptions({
    queryKey: [...invoicingKeys.agentIdentity(tenantId), uid] as const,
    queryFn: () => fetchAgentInvoicing(tenantId, uid),
  });
}
