import { logLine } from '../lib/log';

/** The log lines of invoicing. */
export const invoicingLog = {
  settingsSaved: (tenantId: string, by: string) => logLine.info('invoicing settings saved', { tenantId, by }),
  agentIdentitySaved: (tenantId: string, uid: string, by: string) =>
    logLine.info('agent invoicing identity saved', { tenantId, uid, by }),
  commissionDraftPrepared: (tenantId: string, invoiceId: string, lines: number) =>
    logLine.info('commission invoice prepared', { tenantId, invoiceId, lines }),
  commissionDraftSkipped: (tenantId: string, uid: string, reason: string) =>
    logLine.info('commission invoice not prepared', { tenantId, uid, reason }),
  draftSaved: (tenantId: string, invoiceId: string, by: string) =>
    logLine.info('invoice draft saved', { tenantId, invoiceId, by }),
  draftDeleted: (tenantId: string, invoiceId: string, by: string) =>
    logLine.info('invoice draft deleted', { tenantId, invoiceId, by }),
  invoiceValidated: (tenantId: string, invoiceId: string, by: string) =>
    logLine.info('invoice validated', { tenantId, invoiceId, by }),
  invoiceNumbered: (tenantId: string, invoiceId: string, number: string) =>
    logLine.info('invoice numbered', { tenantId, invoiceId, number }),
  invoiceRendered: (tenantId: string, invoiceId: string, storagePath: string) =>
    logLine.info('invoice rendered', { tenantId, invoiceId, storagePath }),
  invoiceSent: (tenantId: string, invoiceId: string, by: string) =>
    logLine.info('invoice sent', { tenantId, invoiceId, by }),
  invoiceTransmitted: (tenantId: string, invoiceId: string, platform: string, status: string) =>
    logLine.info('invoice transmitted', { tenantId, invoiceId, platform, status }),
  paymentRecorded: (tenantId: string, invoiceId: string, paymentId: string, amountCents: number) =>
    logLine.info('invoice payment recorded', { tenantId, invoiceId, paymentId, amountCents }),
  unknownPlatform: (name: string) => logLine.error('unknown e-invoicing platform', { name }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('invoice document unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
