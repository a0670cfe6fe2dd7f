import {
  canSeeContact,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  INFORM_SKIP_REASONS,
  isCollaborator,
  paths,
  renderInformMail,
  templatePropertySchema,
  templateValuesFor,
  TENANT_TEMPLATE_MAIL,
  mailTemplateModel,
  unknownPlaceholders,
  type Contact,
  type ContactVisibility,
  type HistoryEntry,
  type InformContactsInput,
  type InformContactsResult,
  type InformSkipReason,
  type Mail,
  type TemplateProperty,
  type TenantMailTemplate,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { createHash } from 'node:crypto';
import type { Caller } from '../lib/caller';
import { contactConverter, decodeData, mailConverter, readSettings, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { pipelineLog } from './pipeline.log';
import { brandOf } from '../lib/mail-outbox';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant, type Actor } from '../lib/staff';
import { unsubscribeUrl } from '../mail/unsubscribe-link';
import { runTransaction } from '../lib/transactions';

/** Recipients handled per transaction: each reads two documents and writes two per recipient. */
const CHUNK = 100;

export interface UnsubscribeSigning {
  secret: () => string;
  endpoint: string;
}

/** The same id for the same sending and contact: a retried call finds the mail and sends nothing twice. */
function informMailId(requestId: string, contactId: string): string {
  return createHash('sha256').update(`inform\n${requestId}\n${contactId}`).digest('hex').slice(0, 40);
}

function skipReason(contact: Contact | undefined, visible: (contact: Contact) => boolean): InformSkipReason | null {
  if (!contact) return 'not-found';
  if (!visible(contact)) return 'not-visible';
  if (!contact.email) return 'no-email';
  if (!contact.consent.marketing) {
    return contact.consent.source === 'unsubscribe-link' ? 'unsubscribed' : 'no-consent';
  }
  return null;
}

interface Sending {
  actor: Actor;
  tenant: { name: string; branding: { primaryColor: string }; currency: string };
  template: TenantMailTemplate;
  property: TemplateProperty;
  visibility: ContactVisibility;
}

async function readSending(db: Firestore, caller: Caller, input: InformContactsInput): Promise<Sending> {
  return runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    if (!isCollaborator(actor.role)) {
      throw new Refusal('permission-denied', 'Only collaborators of the agency inform contacts.', 'not-collaborator');
    }
    const tenant = await readTenant(db, tx, actor.tenantId);
    const [templateSnapshot, propertySnapshot, settingsSnapshot] = await Promise.all([
      tx.get(db.doc(paths.mailTemplate(actor.tenantId, input.templateId))),
      tx.get(db.doc(paths.property(actor.tenantId, input.propertyId))),
      tx.get(db.doc(paths.contactsSettings(actor.tenantId))),
    ]);
    const template = templateSnapshot.exists ? decodeData(mailTemplateModel, templateSnapshot.data()) : null;
    if (!template?.ok) {
      throw new Refusal('failed-precondition', 'This mail template does not exist any more.', 'template-not-found');
    }
    const unknown = unknownPlaceholders(`${template.value.subject}\n${template.value.body}`);
    if (unknown.length > 0) {
      throw new Refusal(
        'failed-precondition',
        `This mail template uses unknown placeholders: ${unknown.map((name) => `{{${name}}}`).join(', ')}.`,
        'template-unknown-placeholders',
      );
    }
    const property = propertySnapshot.exists
      ? decodeData({ schema: templatePropertySchema }, propertySnapshot.data())
      : null;
    if (!property?.ok) {
      throw new Refusal('failed-precondition', 'This property does not exist any more.', 'property-not-found');
    }
    const { visibility } = readSettings(contactsSettingsModel, settingsSnapshot, DEFAULT_CONTACTS_SETTINGS);
    return { actor, tenant, template: template.value, property: property.value, visibility };
  });
}

function emptyCounts(): Record<InformSkipReason, number> {
  return Object.fromEntries(INFORM_SKIP_REASONS.map((reason) => [reason, 0])) as Record<InformSkipReason, number>;
}

/**
 * `pipeline-informContacts`: each contact gets their own mail rendered from the tenant's template, with
 * an unsubscribe link and a `List-Unsubscribe` header, and an `email` history entry linked to the
 * property (which may move their phase when the tenant maps `email`). Contacts without an email, without
 * marketing consent, or who unsubscribed are counted and skipped. Mail and history ids derive from the
 * request and the contact, and both are written in the transaction that checks they do not exist yet.
 */
export function informContactsHandler(signing: UnsubscribeSigning) {
  return async function informContacts(
    deps: Deps,
    caller: Caller,
    input: InformContactsInput,
  ): Promise<InformContactsResult> {
    const { db } = deps;
    const sending = await readSending(db, caller, input);
    const { actor, tenant, template, property, visibility } = sending;
    const tenantId = actor.tenantId;
    const brand = brandOf(tenant);
    const secret = signing.secret();
    const viewer = { uid: actor.uid, role: actor.role };
    const visible = (contact: Contact) => canSeeContact(visibility, viewer, contact);
    const result: InformContactsResult = { sent: 0, alreadySent: 0, skipped: 0, skippedByReason: emptyCounts() };

    for (let start = 0; start < input.contactIds.length; start += CHUNK) {
      const ids = input.contactIds.slice(start, start + CHUNK);
      const chunk = await runTransaction(db, async (tx: Transaction) => {
        const counts: InformContactsResult = { sent: 0, alreadySent: 0, skipped: 0, skippedByReason: emptyCounts() };
        const contactRefs = ids.map((id) => db.doc(paths.contact(tenantId, id)).withConverter(contactConverter));
        const mailRefs: DocumentReference<Mail>[] = ids.map((id) =>
          db.doc(paths.mail(tenantId, informMailId(input.requestId, id))).withConverter(mailConverter),
        );
        const contacts = await tx.getAll(...contactRefs);
        const mails = await tx.getAll(...mailRefs);
        const now = deps.now();
        ids.forEach((contactId, index) => {
          if (mails[index]?.exists) {
            counts.alreadySent += 1;
            return;
          }
          const contact = contacts[index]?.data();
          const reason = skipReason(contact, visible);
          if (reason || !contact) {
            counts.skipped += 1;
            counts.skippedByReason[reason ?? 'not-found'] += 1;
            return;
          }
          const values = templateValuesFor(contact, property, {
            agentName: actor.member.displayName,
            agencyName: tenant.name,
            locale: contact.locale,
            currency: tenant.currency,
          });
          const link = unsubscribeUrl(signing.endpoint, secret, tenantId, contactId);
          const rendered = renderInformMail(template, values, { brand, locale: contact.locale, unsubscribeUrl: link });
          const mailRef = mailRefs[index] as DocumentReference<Mail>;
          const mail: Mail = {
            to: contact.email,
            ...rendered,
            templateId: TENANT_TEMPLATE_MAIL,
            templateData: {
              agency: tenant.name,
              tenantTemplateId: template.id,
              tenantTemplateName: template.name,
              propertyId: input.propertyId,
              requestId: input.requestId,
            },
            contactId,
            sensitive: false,
            headers: {
              'List-Unsubscribe': `<${link}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
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
          tx.create(mailRef, mail);
          const entry: HistoryEntry = {
            id: mailRef.id,
            type: 'email',
            occurredAt: now,
            authorUid: actor.uid,
            contactIds: [contactId],
            propertyId: input.propertyId,
            dealId: null,
            text: rendered.subject.slice(0, 5000),
            createdAt: now,
          };
          tx.create(db.doc(paths.historyEntry(tenantId, mailRef.id)), toStored({ ...entry }));
          counts.sent += 1;
        });
        return counts;
      });
      result.sent += chunk.sent;
      result.alreadySent += chunk.alreadySent;
      result.skipped += chunk.skipped;
      for (const reason of INFORM_SKIP_REASONS) result.skippedByReason[reason] += chunk.skippedByReason[reason];
    }
    pipelineLog.contactsInformed(tenantId, input.requestId, result.sent, result.alreadySent, result.skipped);
    return result;
  };
}
