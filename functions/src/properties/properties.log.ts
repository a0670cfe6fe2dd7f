import { logLine } from '../lib/log';

/** The log lines of properties. */
export const propertiesLog = {
  propertySaved: (tenantId: string, propertyId: string, reference: string, created: boolean, by: string) =>
    logLine.info('property saved', { tenantId, propertyId, reference, created, by }),
  statusChanged: (tenantId: string, propertyId: string, from: string, to: string, by: string) =>
    logLine.info('property status changed', { tenantId, propertyId, from, to, by }),
  propertyDeleted: (tenantId: string, propertyId: string, reference: string, interestsRemoved: number, by: string) =>
    logLine.info('property deleted', { tenantId, propertyId, reference, interestsRemoved, by }),
};
