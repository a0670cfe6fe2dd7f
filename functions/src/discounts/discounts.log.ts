import { logLine } from '../lib/log';

/** The log lines of discounts. */
export const discountsLog = {
  settingsSaved: (tenantId: string, maxManagerPercent: number, by: string) =>
    logLine.info('discount settings saved', { tenantId, maxManagerPercent, by }),
};
