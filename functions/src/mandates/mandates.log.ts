import { logLine } from '../lib/log';

/** The log lines of mandates. */
export const mandatesLog = {
  mandateSaved: (tenantId: string, mandateId: string, created: boolean, by: string) =>
    logLine.info('mandate saved', { tenantId, mandateId, created, by }),
  mandateNumbered: (tenantId: string, mandateId: string, registerNumber: number) =>
    logLine.info('mandate numbered', { tenantId, mandateId, registerNumber }),
  documentSent: (tenantId: string, kind: string, id: string, requestId: string) =>
    logLine.info('document sent for signature', { tenantId, kind, id, requestId }),
  requestClosed: (tenantId: string, kind: string, id: string, requestId: string, status: string) =>
    logLine.info('signature request closed', { tenantId, kind, id, requestId, status }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('mandate document unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
