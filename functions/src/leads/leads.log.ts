import { logLine } from '../lib/log';

/** The log lines of portal leads. */
export const leadsLog = {
  // The lead's key, not the person: the lead document holds who wrote.
  portalLeadReceived: (tenantId: string, leadKey: string, contactId: string, duplicate: boolean, autoReply: boolean) =>
    logLine.info('portal lead received', { tenantId, leadKey, contactId, duplicate, autoReply }),
  portalLeadRefused: (status: number) => logLine.info('portal lead refused', { status }),
  leadsSecretRotated: (tenantId: string, by: string) => logLine.info('leads secret rotated', { tenantId, by }),
};
