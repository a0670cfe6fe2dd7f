import { logLine } from '../lib/log';

/** The log lines of invoicing. */
export const invoicingLog = {
  invoiceNumbered: (tenantId: string, invoiceId: string, number: string) =>
    logLine.info('invoice numbered', { tenantId, invoiceId, number }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('invoice document unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
