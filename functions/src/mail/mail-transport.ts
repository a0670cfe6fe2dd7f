import { createTransport } from 'nodemailer';
import { readMailFrom, readSmtpUri } from '../lib/config';

interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** The part of a nodemailer transport the delivery uses; tests inject their own. */
export interface MailTransport {
  sendMail(message: OutgoingMessage): Promise<{ messageId: string }>;
}

let transport: MailTransport | null = null;

/**
 * Bounds on one SMTP exchange, well inside the delivery lease (DELIVERY_LEASE_MS): nodemailer's own
 * defaults (two minutes to connect, ten of socket silence) would let a slow send outlive its lease and
 * a second worker send the same mail again.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

/** Created on first delivery, when the secret is available, and reused by the warm instance. */
export function smtpTransport(): MailTransport {
  transport ??= createTransport(readSmtpUri(), SMTP_TIMEOUTS);
  return transport;
}

/** `"Agency name" <no-reply@…>`: mails read as coming from the agency. */
export function senderOf(agency: string | undefined): string {
  const address = readMailFrom();
  if (!agency) return address;
  return `"${agency.replace(/["\\\r\n]/g, '')}" <${address}>`;
}
