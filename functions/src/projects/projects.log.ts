import { logLine } from '../lib/log';

/** The log lines of the new-build inventory's files. */
export const projectsLog = {
  layoutSet: (tenantId: string, unitId: string, layoutId: string, replaced: string | null) =>
    logLine.info('unit layout set', { tenantId, unitId, layoutId, replaced }),
  layoutRefused: (tenantId: string, unitId: string, layoutId: string, reason: string) =>
    logLine.warn('unit layout refused and deleted', { tenantId, unitId, layoutId, reason }),
  layoutRemoved: (tenantId: string, unitId: string, layoutId: string, by: string) =>
    logLine.info('unit layout removed', { tenantId, unitId, layoutId, by }),
};
