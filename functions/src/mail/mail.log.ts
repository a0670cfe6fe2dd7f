import { logLine, redact } from '../lib/log';

/** The log lines of mail. */
export const mailLog = {
  mailSent: (path: string, attempts: number, messageId: string) =>
    logLine.info('mail sent', { path, attempts, messageId }),
  mailFailed: (path: string, attempts: number, state: string, error: string) =>
    logLine.warn('mail failed', { path, attempts, state, error: redact(error) }),
  mailRequeued: (count: number) => logLine.info('mails requeued', { count }),
  contactUnsubscribed: (tenantId: string, contactId: string, changed: boolean) =>
    logLine.info('contact unsubscribed', { tenantId, contactId, changed }),
};
