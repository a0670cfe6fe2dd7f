import { logLine } from '../lib/log';

/** The log lines of properties. */
export const propertiesLog = {
  propertySaved: (tenantId: string, propertyId: string, reference: string, created: boolean, by: string) =>
    logLine.info('property saved', { tenantId, propertyId, reference, created, by }),
  photoAdded: (tenantId: string, propertyId: string, photoId: string) =>
    logLine.info('property photo added', { tenantId, propertyId, photoId }),
  photoRefused: (tenantId: string, propertyId: string, photoId: string, reason: string) =>
    logLine.warn('property photo refused and deleted', { tenantId, propertyId, photoId, reason }),
  photosChanged: (tenantId: string, propertyId: string, change: string, by: string) =>
    logLine.info('property photos changed', { tenantId, propertyId, change, by }),
  mediaRemoved: (tenantId: string, propertyId: string, files: number, documents: number) =>
    logLine.info('deleted property media removed', { tenantId, propertyId, files, documents }),
  statusChanged: (tenantId: string, propertyId: string, from: string, to: string, by: string) =>
    logLine.info('property status changed', { tenantId, propertyId, from, to, by }),
  propertyDeleted: (tenantId: string, propertyId: string, reference: string, interestsRemoved: number, by: string) =>
    logLine.info('property deleted', { tenantId, propertyId, reference, interestsRemoved, by }),
};
