import { logLine } from '../lib/log';

/** The log lines of approvals. */
export const approvalsLog = {
  requested: (tenantId: string, approvalId: string, kind: string, by: string) =>
    logLine.info('approval requested', { tenantId, approvalId, kind, by }),
  decided: (tenantId: string, approvalId: string, status: string, outcome: string, by: string) =>
    logLine.info('approval decided', { tenantId, approvalId, status, outcome, by }),
  withdrawn: (tenantId: string, approvalId: string, by: string) =>
    logLine.info('approval withdrawn', { tenantId, approvalId, by }),
};
