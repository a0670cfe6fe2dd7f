import { logLine } from '../lib/log';

/** The log lines of listings. */
export const listingsLog = {
  assigned: (tenantId: string, propertyId: string, created: number, existing: number, by: string) =>
    logLine.info('listing assigned', { tenantId, propertyId, created, existing, by }),
  publicationChanged: (tenantId: string, listingId: string, published: boolean, mailed: boolean, by: string) =>
    logLine.info('listing publication changed', { tenantId, listingId, published, mailed, by }),
  draftRemoved: (tenantId: string, listingId: string, by: string) =>
    logLine.info('listing draft removed', { tenantId, listingId, by }),
  reportSaved: (tenantId: string, listingId: string, by: string) =>
    logLine.info('visit report saved by agent', { tenantId, listingId, by }),
  actionApplied: (tenantId: string, actionId: string, mailed: boolean) =>
    logLine.info('listing action applied', { tenantId, actionId, mailed }),
  actionRefused: (tenantId: string, actionId: string, refusal: string) =>
    logLine.warn('listing action refused', { tenantId, actionId, refusal }),
  snapshotsSynced: (tenantId: string, propertyId: string, rewritten: number) =>
    logLine.info('listing snapshots synced', { tenantId, propertyId, rewritten }),
  listingsRemoved: (tenantId: string, propertyId: string, removed: number) =>
    logLine.info('listings of a deleted property removed', { tenantId, propertyId, removed }),
};
