import * as logger from 'firebase-functions/logger';

/** What a log line carries besides its message. */
export type LogFields = Record<string, unknown>;

/**
 * The one logger every capability's log module (`<capability>/<capability>.log.ts`) writes through:
 * each module names its own lines, and masks personal data there with the helpers below.
 */
export const logLine = {
  info: (message: string, fields: LogFields) => logger.info(message, fields),
  warn: (message: string, fields: LogFields) => logger.warn(message, fields),
  error: (message: string, fields: LogFields) => logger.error(message, fields),
};

/** Credentials in connection strings (`smtp://user:secret@host`) never reach the logs. */
export function redact(text: string): string {
  return text.replace(/(\w+:\/\/)[^/@\s]+@/g, '$1***@');
}

/** An email as logs may show it: the first letter and the domain. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/**
 * Anything shaped like an email address, as SMTP servers quote recipients (`<jane@example.com>`). The
 * local part stops at `/` and `*`, so a redacted `smtp://***@host` is left as it is.
 */
const EMAIL_IN_TEXT = /[^\s@<>()[\]"',;:/*]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;

/**
 * Free text from elsewhere (an SMTP server's answer, a library's error) with every email address in it
 * masked by `maskEmail` and credentials redacted: such text usually names the recipient.
 */
export function maskEmails(text: string): string {
  return redact(text).replace(EMAIL_IN_TEXT, (email) => maskEmail(email));
}
