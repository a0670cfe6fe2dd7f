import { logLine } from '../lib/log';

/** The log lines of reservations. */
export const reservationsLog = {
  reserved: (tenantId: string, reservationId: string, unitId: string, kind: string, by: string) =>
    logLine.info('unit reserved', { tenantId, reservationId, unitId, kind, by }),
  queued: (tenantId: string, reservationId: string, unitId: string, position: number, by: string) =>
    logLine.info('reservation queued', { tenantId, reservationId, unitId, position, by }),
  ended: (tenantId: string, reservationId: string, status: string, by: string) =>
    logLine.info('reservation ended', { tenantId, reservationId, status, by }),
  promoted: (tenantId: string, reservationId: string, unitId: string) =>
    logLine.info('reservation promoted from the queue', { tenantId, reservationId, unitId }),
  extended: (tenantId: string, reservationId: string, until: string, by: string) =>
    logLine.info('reservation extended', { tenantId, reservationId, until, by }),
  settingsSaved: (tenantId: string, by: string) => logLine.info('reservation settings saved', { tenantId, by }),
  releaseRun: (released: number, promoted: number, read: number, ms: number, complete: boolean) =>
    logLine.info('due reservations released', { released, promoted, read, ms, complete }),
  releaseFailed: (path: string, error: unknown) =>
    logLine.error('due reservation not released', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
};
