import { logLine } from '../lib/log';

/** The log lines of appointments. */
export const appointmentsLog = {
  appointmentSaved: (tenantId: string, appointmentId: string, sequence: number, created: boolean, by: string) =>
    logLine.info('appointment saved', { tenantId, appointmentId, sequence, created, by }),
  appointmentCancelled: (tenantId: string, appointmentId: string, by: string) =>
    logLine.info('appointment cancelled', { tenantId, appointmentId, by }),
  appointmentDone: (tenantId: string, appointmentId: string, visitLogged: boolean, by: string) =>
    logLine.info('appointment done', { tenantId, appointmentId, visitLogged, by }),
  changeRequested: (tenantId: string, requestId: string, appointmentId: string, outcome: string) =>
    logLine.info('appointment change requested', { tenantId, requestId, appointmentId, outcome }),
  unreadableRequest: (path: string, issues: string) =>
    logLine.warn('unreadable appointment change request', { path, issues }),
};
