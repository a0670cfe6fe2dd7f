import { logLine } from '../lib/log';

/** The log lines of agreements. */
export const agreementsLog = {
  generated: (tenantId: string, agreementId: string, created: boolean, bytes: number, by: string) =>
    logLine.info('agreement generated', { tenantId, agreementId, created, bytes, by }),
  advanced: (tenantId: string, agreementId: string, status: string, by: string) =>
    logLine.info('agreement advanced', { tenantId, agreementId, status, by }),
};
