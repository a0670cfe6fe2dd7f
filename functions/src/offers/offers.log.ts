import { logLine } from '../lib/log';

/** The log lines of offers. */
export const offersLog = {
  offerRegistered: (tenantId: string, offerId: string, propertyId: string, by: string) =>
    logLine.info('offer registered', { tenantId, offerId, propertyId, by }),
  offerSent: (tenantId: string, offerId: string, requestId: string) =>
    logLine.info('offer sent for signature', { tenantId, offerId, requestId }),
  offerMoved: (tenantId: string, offerId: string, from: string, to: string, by: string) =>
    logLine.info('offer status changed', { tenantId, offerId, from, to, by }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('offer document unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
