import { z } from 'zod';
import { emailSchema } from '../shared/text';

export const MAIL_TEMPLATES = [
  'client-invitation',
  'password-reset',
  'access-request',
  'access-decision',
  'email-verification',
  'deletion-request',
  'note-reminder',
  'phase-changed',
  'signature-invitation',
  'signature-reminder',
  'signature-code',
  'signature-completed',
  'signature-update',
  'document-shared',
  'listing-published',
  'listing-visit-request',
  'listing-rejected',
  'listing-visit-report',
  'chat-question',
  'chat-reply',
  'offer-answered',
  'offer-signed',
  'appointment-created',
  'appointment-changed',
  'appointment-cancelled',
  'appointment-change-requested',
  'reservation-ended',
  'reservation-granted',
  'reservation-update',
  'approval-requested',
  'approval-decided',
  'invoice-sent',
] as const;
export const mailTemplateSchema = z.enum(MAIL_TEMPLATES);
export type MailTemplateId = z.infer<typeof mailTemplateSchema>;

/**
 * Mails whose link lets whoever holds it choose the recipient's password (or vouch for their address).
 * Whoever could read them could take the account over, so nobody reads them through the rules: they
 * are not in the mail log.
 */
const SIGN_IN_LINK_TEMPLATES: readonly MailTemplateId[] = [
  'client-invitation',
  'password-reset',
  'email-verification',
  // A signing link or code lets whoever holds it sign in the signer's name.
  'signature-invitation',
  'signature-reminder',
  'signature-code',
  'signature-completed',
];

export function carriesSignInLink(templateId: MailTemplateId): boolean {
  return SIGN_IN_LINK_TEMPLATES.includes(templateId);
}

/** `templateId` of the mails rendered from a tenant's own template ("inform contacts"). */
export const TENANT_TEMPLATE_MAIL = 'tenant-template';

export const DELIVERY_STATES = ['PENDING', 'PROCESSING', 'RETRY', 'SUCCESS', 'ERROR'] as const;
export const deliveryStateSchema = z.enum(DELIVERY_STATES);
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

export const deliverySchema = z.object({
  state: deliveryStateSchema,
  attempts: z.number().int().min(0),
  /** While PROCESSING: after this instant another worker may take the mail over. */
  leaseExpireAt: z.date().nullable(),
  /** While RETRY: not before this instant. */
  nextAttemptAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  messageId: z.string().nullable(),
  error: z.string().nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** `tenants/{tenantId}/mail/{mailId}`: every mail the product sends, written by functions. */
export const mailSchema = z.object({
  to: emailSchema,
  subject: z.string().min(1).max(300),
  html: z.string().min(1),
  text: z.string().min(1),
  /** A product template, or `tenant-template` for a mail rendered from the tenant's `mailTemplates`. */
  templateId: z.union([mailTemplateSchema, z.literal(TENANT_TEMPLATE_MAIL)]),
  templateData: z.record(z.string(), z.string()),
  contactId: z.string().nullable(),
  /** True when the mail carries a sign-in link (see carriesSignInLink): readable by functions only. */
  sensitive: z.boolean(),
  /** Extra SMTP headers (`List-Unsubscribe` on marketing mails). */
  headers: z.record(z.string(), z.string()).optional(),
  /** Files of the tenant's Storage sent with it (an invoice's PDF), read when it is delivered. */
  attachments: z
    .array(z.object({ storagePath: z.string().min(1), fileName: z.string().min(1).max(200), contentType: z.string() }))
    .max(5)
    .optional(),
  createdAt: z.date(),
  delivery: deliverySchema,
});
export type Mail = z.infer<typeof mailSchema>;

export const MAX_DELIVERY_ATTEMPTS = 5;

/** Backoff before the next attempt: 1, 2, 4, 8 minutes. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

/**
 * SMTP failures worth retrying: the server could not be reached, timed out, or answered 4xx.
 * A 5xx answer (unknown mailbox, rejected content) will not get better by waiting.
 */
export function isTransientMailError(error: { code?: unknown; responseCode?: unknown }): boolean {
  const network = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'EDNS', 'ETIMEOUT'];
  if (typeof error.code === 'string' && network.includes(error.code)) return true;
  return typeof error.responseCode === 'number' && error.responseCode >= 400 && error.responseCode < 500;
}
