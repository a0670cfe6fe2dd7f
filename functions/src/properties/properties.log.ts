import { logLine } from '../lib/log';

/** The log lines of properties. */
export const propertiesLog = {
  propertySaved: (tenantId: string, propertyId: string, reference: string, created: boolean, by: string) =>
    logLine.info('property saved', { tenantId, propertyId, reference, created, by }),
};
