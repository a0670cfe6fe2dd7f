import {
  carriesSignInLink,
  paths,
  renderMail,
  type Locale,
  type Mail,
  type MailBrand,
  type MailTemplateId,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { mailConverter } from './converters';

export interface OutgoingMail {
  tenantId: string;
  to: string;
  locale: Locale;
  templateId: MailTemplateId;
  data: Record<string, string>;
  brand: MailBrand;
  contactId?: string | null;
  /** A deterministic id for a mail that must exist once (a scheduled reminder); random otherwise. */
  mailId?: string;
  /** Files of the tenant's Storage to send with it. */
  attachments?: Mail['attachments'];
}

/**
 * Handlers never talk to SMTP: they add a rendered mail to the tenant's outbox, in their own
 * transaction, and `mail-onMailWritten` delivers it. `agency` is kept in the data for the sender name.
 */
export function queueMail(db: Firestore, tx: Transaction, mail: OutgoingMail, now: Date): string {
  const outbox = db.collection(paths.mails(mail.tenantId));
  const ref = (mail.mailId ? outbox.doc(mail.mailId) : outbox.doc()).withConverter(mailConverter);
  const templateData = { agency: mail.brand.name, ...mail.data };
  const rendered = renderMail(mail.templateId, mail.locale, templateData, mail.brand);
  const doc: Mail = {
    to: mail.to,
    ...rendered,
    templateId: mail.templateId,
    templateData,
    contactId: mail.contactId ?? null,
    sensitive: carriesSignInLink(mail.templateId),
    ...(mail.attachments ? { attachments: mail.attachments } : {}),
    createdAt: now,
    delivery: {
      state: 'PENDING',
      attempts: 0,
      leaseExpireAt: null,
      nextAttemptAt: null,
      startedAt: null,
      endedAt: null,
      messageId: null,
      error: null,
    },
  };
  tx.create(ref, doc);
  return ref.id;
}

export function brandOf(tenant: { name: string; branding: { primaryColor: string } }): MailBrand {
  return { name: tenant.name, primaryColor: tenant.branding.primaryColor };
}
