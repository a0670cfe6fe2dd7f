import {
  clientAcceptsMail,
  clientPreferencesModel,
  contactFullName,
  paths,
  type Contact,
  type MailTemplateId,
  type Member,
  type Tenant,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { contactConverter, converterOf, memberConverter, tenantConverter } from './converters';
import { brandOf, queueMail } from './mail-outbox';

const clientPreferencesConverter = converterOf(clientPreferencesModel);

interface ClientSpaceMail {
  templateId: MailTemplateId;
  /** Template data; `agency`, `clientName`, `clientFirstName` and `agentName` are added. */
  data: Record<string, string>;
  /** Derived from the event (`visit-request-<actionId>`): a mail with this id already queued is not queued again. */
  mailId: string;
}

/** What the people of a client space are mailed through, once read in a transaction. */
export interface ClientMailing {
  tenant: Tenant;
  contact: Contact;
  /** The client's assigned agent, when active. */
  agent: Member | null;
  /**
   * Mails the client in their language, unless the mail is `optional` and they turned optional mails
   * off, or they have no address, or the mail id was already queued. Returns whether it queued.
   */
  toClient(mail: ClientSpaceMail & { optional: boolean }): boolean;
  /** Mails the client's assigned agent (active, with an address) unless already queued. Returns whether it queued. */
  toAgent(mail: ClientSpaceMail): boolean;
}

/**
 * Reads, inside `tx` and before any of its writes (Firestore wants every read first), the tenant, the
 * contact, their preferences, their agent and whether each of `mailIds` was already queued. Null when
 * the tenant or the contact is gone (erased): nobody is mailed.
 */
export async function readClientMailing(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  contactId: string,
  mailIds: readonly string[],
  now: Date,
): Promise<ClientMailing | null> {
  const [tenantSnapshot, contactSnapshot, preferencesSnapshot, ...mailSnapshots] = await Promise.all([
    tx.get(db.doc(paths.tenant(tenantId)).withConverter(tenantConverter)),
    tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter)),
    tx.get(db.doc(paths.clientPreferences(tenantId, contactId)).withConverter(clientPreferencesConverter)),
    ...mailIds.map((mailId) => tx.get(db.doc(paths.mail(tenantId, mailId)))),
  ]);
  const tenant = tenantSnapshot.data();
  const contact = contactSnapshot.data();
  if (!tenant || !contact) return null;
  const member = (
    await tx.get(db.doc(paths.member(tenantId, contact.assignedAgentUid)).withConverter(memberConverter))
  ).data();
  const agent = member?.status === 'active' ? member : null;
  const preferences = preferencesSnapshot.data() ?? null;
  const brand = brandOf(tenant);
  const queued = new Set(mailIds.filter((_, index) => mailSnapshots[index]?.exists));
  const people = {
    clientName: contactFullName(contact),
    clientFirstName: contact.firstName || contactFullName(contact),
    agentName: member?.displayName ?? '',
  };

  function queue(to: string, locale: Contact['locale'], mail: ClientSpaceMail, toClient: boolean): boolean {
    if (queued.has(mail.mailId)) return false;
    if (!mailIds.includes(mail.mailId)) throw new Error(`mail ${mail.mailId} was not read before the writes`);
    queued.add(mail.mailId);
    queueMail(
      db,
      tx,
      {
        tenantId,
        to,
        locale,
        templateId: mail.templateId,
        data: { ...people, ...mail.data },
        brand,
        // A mail to the agent is not the client's: kept out of the mails listed on the client file.
        contactId: toClient ? contactId : null,
        mailId: mail.mailId,
      },
      now,
    );
    return true;
  }

  return {
    tenant,
    contact,
    agent,
    toClient(mail) {
      const address = contact.emails[0]?.address;
      if (!address || !clientAcceptsMail(preferences, mail.optional)) return false;
      return queue(address, contact.locale, mail, true);
    },
    toAgent(mail) {
      if (!agent?.email) return false;
      return queue(agent.email, agent.locale, mail, false);
    },
  };
}
