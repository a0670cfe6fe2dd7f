import { logLine } from '../lib/log';

/** The log lines of the public catalogue's projection. */
export const catalogueLog = {
  tenantUnreadable: (tenantId: string, unitId: string) =>
    logLine.error('catalogue unit not projected: the tenant has no readable currency', { tenantId, unitId }),
};
