import { logLine } from '../lib/log';

/** The log lines of the built-in signature: ids and outcomes, never a name, an address or a code. */
export const signaturesLog = {
  invited: (tenantId: string, requestId: string, signers: number) =>
    logLine.info('signers invited', { tenantId, requestId, signers }),
  sealed: (tenantId: string, requestId: string, sha256: string) =>
    logLine.info('signature request sealed', { tenantId, requestId, sha256 }),
  documentChanged: (tenantId: string, requestId: string) =>
    logLine.error('document to seal differs from the one sent', { tenantId, requestId }),
  unreadable: (path: string, error: unknown) =>
    logLine.error('signature request unreadable', {
      path,
      error: error instanceof Error ? error.message : String(error),
    }),
  closed: (tenantId: string, requestId: string, status: string) =>
    logLine.info('signature request closed', { tenantId, requestId, status }),
  reminded: (tenantId: string, requestId: string, signers: number, by: string) =>
    logLine.info('signers reminded', { tenantId, requestId, signers, by }),
};
