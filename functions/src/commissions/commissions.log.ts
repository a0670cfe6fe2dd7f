import { logLine } from '../lib/log';

/** The log lines of commission plans. */
export const commissionsLog = {
  plansSaved: (tenantId: string, plans: number, by: string) =>
    logLine.info('commission plans saved', { tenantId, plans, by }),
  planAssigned: (tenantId: string, uid: string, planId: string, by: string) =>
    logLine.info('commission plan assigned', { tenantId, uid, planId, by }),
};
