import { logLine } from '../lib/log';

/** The log lines of the team. */
export const teamLog = {
  accessRequested: (tenantId: string, uid: string, notified: number) =>
    logLine.info('access requested', { tenantId, uid, notified }),
  verificationSent: (tenantId: string, uid: string) =>
    logLine.info('access request awaits verification', { tenantId, uid }),
  accessDecided: (tenantId: string, uid: string, decision: string, by: string) =>
    logLine.info('access decided', { tenantId, uid, decision, by }),
  roleChanged: (tenantId: string, uid: string, role: string, by: string) =>
    logLine.info('role changed', { tenantId, uid, role, by }),
  memberActiveChanged: (tenantId: string, uid: string, active: boolean, by: string) =>
    logLine.info('member access changed', { tenantId, uid, active, by }),
  ownershipTransferred: (tenantId: string, from: string, to: string) =>
    logLine.info('ownership transferred', { tenantId, from, to }),
  managerSet: (tenantId: string, uid: string, managerUid: string | null, by: string, contacts: number) =>
    logLine.info('manager set', { tenantId, uid, managerUid, by, contacts }),
};
