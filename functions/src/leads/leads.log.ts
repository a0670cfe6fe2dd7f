import { logLine } from '../lib/log';

/** The log lines of portal leads. */
export const leadsLog = {
  // The lead's key, not the person: the lead document holds who wrote.
  portalLeadReceived: (tenantId: string, leadKey: string, contactId: string, duplicate: boolean, autoReply: boolean) =>
    logLine.info('portal lead received', { tenantId, leadKey, contactId, duplicate, autoReply }),
  portalLeadRefused: (status: number) => logLine.info('portal lead refused', { status }),
  leadsSecretHashed: (tenantId: string) =>
    logLine.info('leads secret stored in clear replaced by its hash', { tenantId }),
  leadsSecretNotHashed: (tenantId: string, error: unknown) =>
    logLine.warn('leads secret stored in clear kept for now: hashing it failed', {
      tenantId,
      error: error instanceof Error ? error.message : String(error),
    }),
  leadsSecretRotated: (tenantId: string, by: string) => logLine.info('leads secret rotated', { tenantId, by }),
};
