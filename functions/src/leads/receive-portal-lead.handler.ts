import {
  autoReplyTemplateFor,
  autoResponderSettingsModel,
  contactMatchKeys,
  CONTACT_PHONES_MAX,
  DEFAULT_AUTO_RESPONDER,
  describeIssues,
  leadsSecretModel,
  normalisePhone,
  NO_CONSENT,
  paths,
  portalLeadIdentity,
  portalLeadSchema,
  portalRequestText,
  renderAutoReply,
  SYSTEM_AUTHOR_UID,
  TENANT_TEMPLATE_MAIL,
  tenantOfLeadRequest,
  UNVERIFIED_EMAILS_MAX,
  type Contact,
  type ContactInput,
  type ContactsSettings,
  type HistoryEntry,
  type Mail,
  type Member,
  type PortalLead,
  type PortalLeadReply,
  type Property,
  type StoredPortalLead,
  type Tenant,
} from '@estate/domain';
import { FieldValue, type DocumentSnapshot, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { createHash } from 'node:crypto';
import {
  contactConverter,
  mailConverter,
  memberConverter,
  tenantConverter,
  decodeData,
  readSettings,
  toStored,
} from '../lib/converters';
import type { Deps } from '../lib/deps';
import { jsonReply, type HttpReply } from '../lib/http-reply';
import { leadsLog } from './leads.log';
import { hashLeadsSecret, leadsSecretMatches } from './leads-secret';
import { consumeQuotas, QuotaExceeded } from '../lib/quotas';
import { brandOf } from '../lib/mail-outbox';
import { readContactsSettings } from '../contacts/contact-access';
import { buildNewContact, readContactsLock } from '../contacts/contact-store';
import { prepareInterest } from '../pipeline/interest-store';
import { propertyConverter } from '../pipeline/pipeline-store';
import { runTransaction } from '../lib/transactions';

export interface PortalLeadRequest {
  method: string;
  /** The path after the function's URL: `/<tenantId>`. */
  path: string;
  query: Record<string, unknown>;
  authorization: string;
  /** The body as the platform parsed it: an object for `application/json`, else a string or bytes. */
  body: unknown;
}

/** The lead's document id: a hash of what identifies it, so the same lead always finds the same document. */
export function portalLeadKey(lead: PortalLead): string {
  return createHash('sha256').update(portalLeadIdentity(lead)).digest('hex').slice(0, 40);
}

export function autoReplyMailId(leadKey: string): string {
  return `auto-reply-${leadKey}`;
}

export function portalRequestEntryId(leadKey: string): string {
  return `${leadKey}_request`;
}

export function autoReplyEntryId(leadKey: string): string {
  return `${leadKey}_reply`;
}

const UNAUTHORISED = jsonReply(
  401,
  { error: 'unauthorised', reason: 'Unknown agency or wrong secret.' },
  { 'WWW-Authenticate': 'Bearer realm="portal-leads"' },
);

function badRequest(reason: string): HttpReply {
  return jsonReply(400, { error: 'invalid-lead', reason });
}

function bearerToken(authorization: string): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? '';
}

/** The body as JSON: already parsed for `application/json`; parsed here for `text/plain` and raw bytes. */
function jsonBody(body: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (Buffer.isBuffer(body) || typeof body === 'string') {
    const text = body.toString();
    if (text.trim() === '') return { ok: false, reason: 'the body is empty: send the lead as JSON' };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return {
        ok: false,
        reason: `the body is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      };
    }
  }
  if (body === undefined || body === null) return { ok: false, reason: 'the body is empty: send the lead as JSON' };
  return { ok: true, value: body };
}

function folded(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The tenant's lead origin named like the portal (accents and case aside), preferring an active one. */
export function originForPortal(settings: Pick<ContactsSettings, 'origins'>, portal: string): string | null {
  const named = settings.origins.filter((origin) => folded(origin.label) === folded(portal));
  return (named.find((origin) => origin.active) ?? named[0])?.id ?? null;
}

/** Among contacts sharing keys with the lead: the one sharing most, then the oldest (the original). */
function bestMatch(candidates: Contact[], keys: string[]): Contact | null {
  const scored = candidates
    .map((contact) => ({ contact, shared: contact.matchKeys.filter((key) => keys.includes(key)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.contact.createdAt.getTime() - b.contact.createdAt.getTime());
  return scored[0]?.contact ?? null;
}

interface Prepared {
  tenant: Tenant;
  lead: PortalLead;
  key: string;
  phone: string | null;
}

/**
 * A secret stored in clear before hashing, just used by a portal: replaced by its hash, unless it was
 * rotated meanwhile (the update's precondition). A failure leaves it as it was, working, for next time.
 */
async function storeHashed(
  db: Firestore,
  snapshot: DocumentSnapshot,
  given: string,
  plain: { rotatedAt: Date; rotatedBy: string },
): Promise<void> {
  try {
    const hashed = hashLeadsSecret(given, plain.rotatedAt, plain.rotatedBy);
    await snapshot.ref.update(toStored({ ...hashed, secret: FieldValue.delete() }), {
      lastUpdateTime: snapshot.updateTime,
    });
    leadsLog.leadsSecretHashed(snapshot.ref.parent.parent?.id ?? '');
  } catch (error) {
    leadsLog.leadsSecretNotHashed(snapshot.ref.parent.parent?.id ?? '', error);
  }
}

/**
 * Everything that can refuse a call, read before anything is written: the method, the agency and its
 * secret (401, the same answer whether the agency exists or not), then the body (400 with the reason).
 */
async function authenticateAndParse(
  db: Firestore,
  request: PortalLeadRequest,
): Promise<{ reply: HttpReply } | { prepared: Prepared }> {
  if (request.method !== 'POST') {
    return {
      reply: jsonReply(405, { error: 'method-not-allowed', reason: 'POST the lead as JSON.' }, { Allow: 'POST' }),
    };
  }
  const tenantId = tenantOfLeadRequest(request.path, request.query.tenant);
  const given = bearerToken(request.authorization);
  const [tenantSnapshot, secretSnapshot] = tenantId
    ? await Promise.all([
        db.doc(paths.tenant(tenantId)).withConverter(tenantConverter).get(),
        db.doc(paths.leadsSecret(tenantId)).get(),
      ])
    : [null, null];
  const stored = secretSnapshot?.exists ? decodeData(leadsSecretModel, secretSnapshot.data()) : null;
  const secret = stored?.ok ? stored.value : null;
  const tenant = tenantSnapshot?.data();
  if (!leadsSecretMatches(given, secret) || !tenant || !secretSnapshot) return { reply: UNAUTHORISED };
  if (secret && 'secret' in secret) await storeHashed(db, secretSnapshot, given, secret);

  const body = jsonBody(request.body);
  if (!body.ok) return { reply: badRequest(body.reason) };
  const parsed = portalLeadSchema.safeParse(body.value);
  if (!parsed.success) return { reply: badRequest(describeIssues(parsed.error)) };
  const lead = parsed.data;
  const phone = lead.person.phone === null ? null : normalisePhone(lead.person.phone, tenant.country);
  if (lead.person.phone !== null && phone === null) {
    return { reply: badRequest(`person.phone: invalid phone number (read in ${tenant.country})`) };
  }
  return { prepared: { tenant, lead, key: portalLeadKey(lead), phone } };
}

/**
 * The lead's contact fields when it creates one: a client prospect, buyer of a sale or tenant of a
 * rental, named after the portal's origin when the agency has one, without marketing consent.
 */
function prospectInput(
  lead: PortalLead,
  phone: string | null,
  context: { tenant: Tenant; property: Property | null; agentUid: string; originId: string | null },
): ContactInput {
  return {
    kind: 'client-prospect',
    clientType: context.property?.dealType === 'rental' ? 'tenant' : 'buyer',
    identityType: 'person',
    civility: '',
    firstName: lead.person.firstName,
    lastName: lead.person.lastName,
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: lead.person.email ? [{ address: lead.person.email, label: 'personal' }] : [],
    phones: phone ? [{ number: phone, label: 'mobile' }] : [],
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: lead.person.locale ?? context.tenant.locale,
    tags: [],
    originId: context.originId,
    consent: NO_CONSENT,
    assignedAgentUid: context.agentUid,
    sharedWithUids: [],
  };
}

/**
 * What an existing contact gains from the lead: the phone it did not have yet (within the limits), so
 * the agency can call back where the person wrote from. An email it did not have means the lead matched
 * it by phone alone: whoever wrote typed that address, which may not be the person's, so it is kept as an
 * unconfirmed email (`unverifiedEmails`), never among `emails`: it does not become the first email, the
 * auto-reply and the client-space invitation never go to it, and it matches nobody, until an agent adds
 * it to the emails. Null when nothing is new.
 */
function newReachability(
  contact: Contact,
  lead: PortalLead,
  phone: string | null,
  receivedAt: Date,
): Record<string, unknown> | null {
  const phones = [...contact.phones];
  const unverifiedEmails = [...contact.unverifiedEmails];
  const email = lead.person.email;
  const known = (address: string) =>
    [...contact.emails, ...contact.unverifiedEmails].some(
      (entry) => entry.address.toLowerCase() === address.toLowerCase(),
    );
  if (email && !known(email) && unverifiedEmails.length < UNVERIFIED_EMAILS_MAX) {
    unverifiedEmails.push({ address: email, portal: lead.portal, receivedAt });
  }
  if (phone && !phones.some((entry) => entry.number === phone) && phones.length < CONTACT_PHONES_MAX) {
    phones.push({ number: phone, label: 'mobile' });
  }
  const gainedPhone = phones.length !== contact.phones.length;
  const gainedEmail = unverifiedEmails.length !== contact.unverifiedEmails.length;
  if (!gainedPhone && !gainedEmail) return null;
  return {
    ...(gainedEmail ? { unverifiedEmails } : {}),
    ...(gainedPhone
      ? { phones, phone: phones[0]?.number ?? '', matchKeys: contactMatchKeys({ emails: contact.emails, phones }) }
      : {}),
  };
}

interface Outcome {
  reply: HttpReply;
  duplicate: boolean;
  contactId: string;
  autoReply: boolean;
}

/**
 * The whole lead in one transaction: the lead document (its id the lead's key: a second delivery finds
 * it and only counts itself), the contact found by email or phone or created, the interest in the
 * listing, the `portal-request` entry, and when the auto-responder is on and the contact has an email,
 * the auto-reply and its `email` entry carrying the chosen phase. pipeline-onHistoryCreated moves the
 * interest from those entries; the reply's entry is 1 ms later, so it is the one that stays.
 */
async function recordLead(deps: Pick<Deps, 'db' | 'now'>, prepared: Prepared): Promise<Outcome> {
  const { db } = deps;
  const { tenant, lead, key, phone } = prepared;
  const tenantId = tenant.id;
  const leadRef = db.doc(paths.lead(tenantId, key));
  const keys = contactMatchKeys({
    emails: lead.person.email ? [{ address: lead.person.email, label: 'personal' }] : [],
    phones: phone ? [{ number: phone, label: 'mobile' }] : [],
  });

  return runTransaction(db, async (tx: Transaction) => {
    const now = deps.now();
    // The contacts lock first: a contact saved or imported meanwhile with this email or phone is found.
    const lock = await readContactsLock(db, tx, tenantId);
    const [leadSnapshot, matches, properties, contactsSettings, autoResponderSnapshot] = await Promise.all([
      tx.get(leadRef),
      tx.get(
        db
          .collection(paths.contacts(tenantId))
          .withConverter(contactConverter)
          .where('matchKeys', 'array-contains-any', keys)
          .limit(20),
      ),
      lead.listingReference
        ? tx.get(
            db
              .collection(paths.properties(tenantId))
              .withConverter(propertyConverter)
              .where('reference', '==', lead.listingReference)
              .limit(1),
          )
        : Promise.resolve(null),
      readContactsSettings(db, tx, tenantId),
      tx.get(db.doc(paths.autoResponderSettings(tenantId))),
    ]);

    if (leadSnapshot.exists) {
      const contactId = String(leadSnapshot.get('contactId') ?? '');
      tx.update(leadRef, { duplicates: FieldValue.increment(1), lastDeliveredAt: now });
      const reply: PortalLeadReply = { duplicate: true, contactId };
      return { reply: jsonReply(200, reply), duplicate: true, contactId, autoReply: false };
    }

    const property = properties?.docs[0]?.data() ?? null;
    const existing = bestMatch(
      matches.docs.map((doc) => doc.data()),
      keys,
    );
    const agentUid = existing?.assignedAgentUid ?? (await chooseAgent(db, tx, tenant, property));
    const agent =
      (await tx.get(db.doc(paths.member(tenantId, agentUid)).withConverter(memberConverter))).data() ?? null;

    const contactRef = existing
      ? db.doc(paths.contact(tenantId, existing.id))
      : db.collection(paths.contacts(tenantId)).doc();
    const contact: Contact =
      existing ??
      buildNewContact({
        id: contactRef.id,
        input: prospectInput(lead, phone, {
          tenant,
          property,
          agentUid,
          originId: originForPortal(contactsSettings, lead.portal),
        }),
        createdBy: SYSTEM_AUTHOR_UID,
        managerUid: agent?.managerUid ?? null,
        now,
      });

    // A portal's clock may run ahead: a lead is never recorded as happening after it arrived.
    const occurredAt = lead.receivedAt && lead.receivedAt.getTime() < now.getTime() ? lead.receivedAt : now;
    const interest = property
      ? await prepareInterest(
          db,
          tx,
          tenantId,
          { contactId: contact.id, propertyId: property.id, source: 'portal', at: occurredAt, now },
          { contact, property },
        )
      : null;

    // Every read is done: writes follow.
    if (existing) {
      const gained = newReachability(existing, lead, phone, occurredAt);
      if (gained) {
        tx.update(contactRef, toStored({ ...gained, updatedAt: now }));
        if ('matchKeys' in gained) lock.take(now);
      }
    } else {
      tx.create(contactRef.withConverter(contactConverter), contact);
      lock.take(now);
    }
    interest?.write();

    const requestEntry: HistoryEntry = {
      id: portalRequestEntryId(key),
      type: 'portal-request',
      occurredAt,
      authorUid: SYSTEM_AUTHOR_UID,
      contactIds: [contact.id],
      propertyId: property?.id ?? null,
      dealId: null,
      text: portalRequestText(lead),
      phase: null,
      createdAt: now,
    };
    tx.create(db.doc(paths.historyEntry(tenantId, requestEntry.id)), toStored({ ...requestEntry }));

    const settings = readSettings(autoResponderSettingsModel, autoResponderSnapshot, DEFAULT_AUTO_RESPONDER);
    // The contact's first email only: for a new contact the lead's, for a known one the address the
    // agency already had (never one the lead brought to a contact matched by phone: newReachability).
    const to = contact.email;
    const chosen =
      settings.enabled && to ? autoReplyTemplateFor(settings.templates, contact.locale, tenant.locale) : null;
    let mailId: string | null = null;
    if (chosen) {
      const brand = brandOf(tenant);
      const rendered = renderAutoReply(
        chosen.template,
        {
          firstName: contact.firstName,
          lastName: contact.lastName,
          propertyReference: property?.reference ?? '',
          propertyTitle: property?.title ?? '',
          agencyName: tenant.name,
          agentName: agent?.displayName ?? '',
        },
        { brand, locale: chosen.locale },
      );
      const mailRef = db.doc(paths.mail(tenantId, autoReplyMailId(key))).withConverter(mailConverter);
      const mail: Mail = {
        to,
        ...rendered,
        templateId: TENANT_TEMPLATE_MAIL,
        templateData: {
          agency: tenant.name,
          autoResponder: 'portal-lead',
          leadKey: key,
          portal: lead.portal,
          locale: chosen.locale,
          propertyId: property?.id ?? '',
        },
        contactId: contact.id,
        sensitive: false,
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
      mailId = mailRef.id;
      const replyEntry: HistoryEntry = {
        id: autoReplyEntryId(key),
        type: 'email',
        occurredAt: new Date(occurredAt.getTime() + 1),
        authorUid: SYSTEM_AUTHOR_UID,
        contactIds: [contact.id],
        propertyId: property?.id ?? null,
        dealId: null,
        text: rendered.subject.slice(0, 5000),
        // A phase needs a property: without a listing the reply is recorded and moves nothing.
        phase: property ? settings.phase : null,
        createdAt: now,
      };
      tx.create(db.doc(paths.historyEntry(tenantId, replyEntry.id)), toStored({ ...replyEntry }));
    }

    const stored: StoredPortalLead = {
      id: key,
      portal: lead.portal,
      leadId: lead.leadId,
      listingReference: lead.listingReference,
      contactId: contact.id,
      propertyId: property?.id ?? null,
      contactCreated: !existing,
      duplicates: 0,
      autoReplyMailId: mailId,
      receivedAt: occurredAt,
      createdAt: now,
      lastDeliveredAt: null,
    };
    tx.create(leadRef, toStored({ ...stored }));
    const reply: PortalLeadReply = { contactId: contact.id, propertyId: property?.id ?? null, created: !existing };
    return { reply: jsonReply(201, reply), duplicate: false, contactId: contact.id, autoReply: mailId !== null };
  });
}

/** Who follows a new prospect: the listing's agent while active, else the agency's owner. */
async function chooseAgent(db: Firestore, tx: Transaction, tenant: Tenant, property: Property | null): Promise<string> {
  if (property) {
    const member: Member | undefined = (
      await tx.get(db.doc(paths.member(tenant.id, property.assignedAgentUid)).withConverter(memberConverter))
    ).data();
    if (member?.status === 'active' && member.role !== null && member.role !== 'partner') return member.uid;
  }
  return tenant.ownerUid;
}

/**
 * Counts the lead against its source's (agency and portal) and its agency's quotas, once the secret
 * is checked, so nobody without it can use up an agency's quota. Over quota: 429 with `Retry-After`,
 * and nothing is written.
 */
async function chargeLeadQuotas(deps: Pick<Deps, 'db' | 'now'>, prepared: Prepared): Promise<HttpReply | null> {
  const tenantId = prepared.tenant.id;
  try {
    await consumeQuotas(deps, [
      { scope: 'portal-lead-source', subject: `${tenantId}\n${folded(prepared.lead.portal)}` },
      { scope: 'portal-lead-tenant', subject: tenantId },
    ]);
    return null;
  } catch (error) {
    if (!(error instanceof QuotaExceeded)) throw error;
    return jsonReply(
      429,
      { error: 'too-many-requests', reason: `Too many leads for this agency; retry in ${error.retryAfterSeconds} s.` },
      { 'Retry-After': String(error.retryAfterSeconds) },
    );
  }
}

/**
 * `leads-receivePortalLead`: a listing portal posts a lead for one agency. A wrong secret gets 401,
 * a malformed body 400 with the reason and a source over its quota 429 with `Retry-After`, and none
 * writes anything; a new lead answers 201, a lead
 * already received 200 with `duplicate: true`.
 */
export async function receivePortalLead(
  deps: Pick<Deps, 'db' | 'now'>,
  request: PortalLeadRequest,
): Promise<HttpReply> {
  const checked = await authenticateAndParse(deps.db, request);
  if ('reply' in checked) {
    leadsLog.portalLeadRefused(checked.reply.status);
    return checked.reply;
  }
  const throttled = await chargeLeadQuotas(deps, checked.prepared);
  if (throttled) {
    leadsLog.portalLeadRefused(throttled.status);
    return throttled;
  }
  const outcome = await recordLead(deps, checked.prepared);
  leadsLog.portalLeadReceived(
    checked.prepared.tenant.id,
    checked.prepared.key,
    outcome.contactId,
    outcome.duplicate,
    outcome.autoReply,
  );
  return outcome.reply;
}
