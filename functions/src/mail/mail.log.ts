import { logLine, maskEmails } from '../lib/log';

/** The log lines of mail. */
export const mailLog = {
  mailSent: (path: string, attempts: number, messageId: string) =>
    logLine.info('mail sent', { path, attempts, messageId }),
  // SMTP answers quote the recipient (`550 <jane@example.com>: mailbox unavailable`).
  mailFailed: (path: string, attempts: number, state: string, error: string) =>
    logLine.warn('mail failed', { path, attempts, state, error: maskEmails(error) }),
  mailRequeued: (count: number) => logLine.info('mails requeued', { count }),
  contactUnsubscribed: (tenantId: string, contactId: string, changed: boolean) =>
    logLine.info('contact unsubscribed', { tenantId, contactId, changed }),
};
