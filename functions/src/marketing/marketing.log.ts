import { logLine } from '../lib/log';

/** The log lines of advertising channels and report counters. */
export const marketingLog = {
  channelSaved: (tenantId: string, channelId: string, by: string) =>
    logLine.info('marketing channel saved', { tenantId, channelId, by }),
  channelDeleted: (tenantId: string, channelId: string, by: string) =>
    logLine.info('marketing channel deleted', { tenantId, channelId, by }),
  counted: (tenantId: string, eventKey: string, month: string) =>
    logLine.info('report event counted', { tenantId, eventKey, month }),
  alreadyCounted: (tenantId: string, eventKey: string) =>
    logLine.info('report event already counted: replay ignored', { tenantId, eventKey }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('report source unreadable: not counted', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
