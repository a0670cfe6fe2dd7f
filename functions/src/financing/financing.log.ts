import { logLine } from '../lib/log';

/** The log lines of financing applications. */
export const financingLog = {
  saved: (tenantId: string, applicationId: string, created: boolean, banks: number, by: string) =>
    logLine.info('financing application saved', { tenantId, applicationId, created, banks, by }),
  bankStatus: (tenantId: string, applicationId: string, lineId: string, status: string, by: string) =>
    logLine.info('financing bank status', { tenantId, applicationId, lineId, status, by }),
  consultation: (tenantId: string, applicationId: string, entryId: string, by: string) =>
    logLine.info('financing consultation logged', { tenantId, applicationId, entryId, by }),
};
