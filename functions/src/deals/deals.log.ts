import { logLine } from '../lib/log';

/** The log lines of deals. */
export const dealsLog = {
  opened: (tenantId: string, dealId: string, propertyId: string, by: string) =>
    logLine.info('deal opened', { tenantId, dealId, propertyId, by }),
  stepRecorded: (tenantId: string, dealId: string, step: string, by: string) =>
    logLine.info('deal step recorded', { tenantId, dealId, step, by }),
  feesCollected: (tenantId: string, dealId: string, feesCents: number, agentCents: number, by: string) =>
    logLine.info('deal fees collected', { tenantId, dealId, feesCents, agentCents, by }),
};
