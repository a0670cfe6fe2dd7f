import { logLine, maskEmail } from '../lib/log';

/** The log lines of accounts. */
export const accountLog = {
  passwordResetSkipped: (reason: string, email: string) =>
    logLine.info('password reset not sent', { reason, email: maskEmail(email) }),
  passwordResetQueued: (tenantId: string, uid: string) => logLine.info('password reset queued', { tenantId, uid }),
};
