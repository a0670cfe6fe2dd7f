import { logLine } from '../lib/log';

/** The log lines of estimations. */
export const estimationsLog = {
  estimationSaved: (tenantId: string, propertyId: string, estimationId: string, created: boolean, by: string) =>
    logLine.info('estimation saved', { tenantId, propertyId, estimationId, created, by }),
  estimationDeleted: (tenantId: string, propertyId: string, estimationId: string, by: string) =>
    logLine.info('estimation deleted', { tenantId, propertyId, estimationId, by }),
  appraisalRendered: (tenantId: string, propertyId: string, estimationId: string, bytes: number, by: string) =>
    logLine.info('appraisal rendered', { tenantId, propertyId, estimationId, bytes, by }),
};
