import { logLine } from '../lib/log';

/** The log lines of the sellers' projections. */
export const sellingLog = {
  synced: (tenantId: string, id: string, change: 'written' | 'removed') =>
    logLine.info('seller projection synced', { tenantId, id, change }),
  propertySynced: (tenantId: string, propertyId: string, rewritten: number, removed: number) =>
    logLine.info('seller projections of a property synced', { tenantId, propertyId, rewritten, removed }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('seller projection source unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
