import { logLine } from '../lib/log';

/** The log lines of places. */
export const placesLog = {
  routingFailed: (tenantId: string, service: string, mode: string, error: unknown) =>
    logLine.warn('routing failed, times estimated', {
      tenantId,
      service,
      mode,
      error: error instanceof Error ? error.message : String(error),
    }),
};
