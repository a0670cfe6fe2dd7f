import {
  CALLABLES,
  DEFAULT_AUTO_RESPONDER,
  interestId,
  paths,
  type PortalLeadInput,
  type PropertyInput,
  type RotateLeadsSecretResult,
  type SavePropertyResult,
} from '@estate/domain';
import { createHash, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoReplyMailId, portalRequestEntryId } from '../../functions/src/leads/receive-portal-lead.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import { onHistoryEntryCreated } from '../../functions/src/pipeline/on-history-created.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { mailTo, waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually, queuedMailCount } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let secret: string;
let endpoint: string;
let sale: SavePropertyResult;
let rental: SavePropertyResult;

const db = () => adminDb();
const uniqueId = () => randomUUID().replace(/-/g, '').slice(0, 20);

function property(changes: Partial<PropertyInput>): PropertyInput {
  return {
    dealType: 'sale',
    title: 'Maison avec jardin à Nantes',
    propertyType: 'house',
    address: { postalCode: '44000', city: 'Nantes' },
    price: 390000,
    surface: 120,
    rooms: 5,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    ...changes,
  };
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence des Portails' });
  agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
  const rotated = await mustCall<RotateLeadsSecretResult>(CALLABLES.rotateLeadsSecret, null, tenant.owner.idToken);
  secret = rotated.secret;
  endpoint = rotated.endpoint;
  const save = (changes: Partial<PropertyInput>) =>
    mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      { propertyId: null, requestId: uniqueId(), property: property(changes) },
      agent.idToken,
    );
  [sale, rental] = await Promise.all([
    save({}),
    save({ dealType: 'rental', title: 'Studio meublé', price: 650, propertyType: 'apartment' }),
  ]);
  await db()
    .doc(paths.contactsSettings(tenant.tenantId))
    .set({
      visibility: 'shared',
      origins: [
        { id: 'seloger', label: 'SeLoger', active: true },
        { id: 'bouche-a-oreille', label: 'Bouche-à-oreille', active: true },
      ],
      updatedAt: new Date(),
    });
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function post(
  body: string,
  options: { url?: string; secret?: string | null; contentType?: string; method?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  const given = options.secret === undefined ? secret : options.secret;
  if (given !== null) headers.authorization = `Bearer ${given}`;
  const response = await fetch(options.url ?? endpoint, { method: options.method ?? 'POST', headers, body });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { raw: text };
  }
  return { status: response.status, body: parsed };
}

const postLead = (lead: PortalLeadInput, options: Parameters<typeof post>[1] = {}) =>
  post(JSON.stringify(lead), options);

function lead(
  changes: Omit<Partial<PortalLeadInput>, 'person'> & { person?: Partial<PortalLeadInput['person']> } = {},
): PortalLeadInput {
  const { person, ...rest } = changes;
  return {
    portal: 'SeLoger',
    leadId: `SL-${uniqueId()}`,
    listingReference: sale.reference,
    message: 'Bonjour, ce bien est-il toujours disponible ?',
    ...rest,
    person: { firstName: 'Camille', lastName: 'Martin', email: uniqueEmail('lead'), ...person },
  };
}

async function leadCount(): Promise<number> {
  return (await db().collection(paths.leads(tenant.tenantId)).count().get()).data().count;
}

async function contactsWithEmail(email: string) {
  return (
    await db().collection(paths.contacts(tenant.tenantId)).where('matchKeys', 'array-contains', `e:${email}`).get()
  ).docs;
}

async function historyOf(contactId: string) {
  return (
    await db().collection(paths.history(tenant.tenantId)).where('contactIds', 'array-contains', contactId).get()
  ).docs.map((doc) => doc.data());
}

async function phaseOf(contactId: string, propertyId: string): Promise<string | undefined> {
  return (
    await db()
      .doc(paths.interest(tenant.tenantId, interestId(contactId, propertyId)))
      .get()
  ).get('phase') as string | undefined;
}

async function setAutoResponder(enabled: boolean, phase = 'documentation-sent') {
  await db()
    .doc(paths.autoResponderSettings(tenant.tenantId))
    .set({ enabled, phase, templates: DEFAULT_AUTO_RESPONDER.templates, updatedAt: new Date() });
}

describe('leads-rotateSecret', () => {
  const storedSecret = async () => (await db().doc(paths.leadsSecret(tenant.tenantId)).get()).data();
  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

  it('gives owner and admin a new secret and the endpoint, storing only its hash, and refuses an agent', async () => {
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatch(new RegExp(`/leads-receivePortalLead/${tenant.tenantId}$`));
    const stored = await storedSecret();
    expect(stored).toMatchObject({ secretHash: sha256(secret), hint: secret.slice(-4), rotatedBy: tenant.owner.uid });
    expect(stored).not.toHaveProperty('secret');
    expect(JSON.stringify(stored)).not.toContain(secret);
    const refused = await callCallable(CALLABLES.rotateLeadsSecret, null, agent.idToken);
    expect(refused).toMatchObject({ ok: false, code: 'permission-denied' });
    expect((await storedSecret())?.secretHash).toBe(sha256(secret));
  });

  it('keeps a secret stored in clear before hashing working, and replaces it by its hash on first use', async () => {
    await setAutoResponder(false);
    const ref = db().doc(paths.leadsSecret(tenant.tenantId));
    const rotatedAt = new Date('2026-06-01T10:00:00Z');
    await ref.set({ secret, rotatedAt, rotatedBy: tenant.owner.uid });
    expect((await postLead(lead(), { secret: `${secret}x` })).status).toBe(401);
    expect(await storedSecret()).toHaveProperty('secret', secret);

    expect((await postLead(lead())).status).toBe(201);
    const stored = await storedSecret();
    expect(stored).not.toHaveProperty('secret');
    expect(stored).toMatchObject({ secretHash: sha256(secret), hint: secret.slice(-4), rotatedBy: tenant.owner.uid });
    expect((await postLead(lead())).status).toBe(201);
  });
});

describe('leads-receivePortalLead refusals', () => {
  it('answers 401 to a wrong, missing or other agency secret and to an unknown agency, writing nothing', async () => {
    const body = lead();
    const before = await leadCount();
    const unknownTenant = endpoint.replace(tenant.tenantId, 'no-such-agency');
    for (const options of [
      { secret: 'wrong' },
      { secret: null },
      { secret: `${secret}x` },
      { url: unknownTenant },
      { url: endpoint.replace(`/${tenant.tenantId}`, '') },
    ]) {
      const answer = await postLead(body, options);
      expect(answer.status, JSON.stringify(options)).toBe(401);
      expect(answer.body.reason).toBe('Unknown agency or wrong secret.');
    }
    expect(await leadCount()).toBe(before);
    expect(await contactsWithEmail(body.person.email ?? '')).toHaveLength(0);
  });

  it('answers 400 with the reason to a malformed body, writing nothing', async () => {
    const before = await leadCount();
    const noContact = lead({ person: { email: null, phone: null } });
    const cases: [string, string, string][] = [
      [JSON.stringify(noContact), 'application/json', 'person.email: an email or a phone is required'],
      [JSON.stringify({ ...lead(), portal: '' }), 'application/json', 'portal: required'],
      [JSON.stringify(lead({ person: { phone: '12' } })), 'application/json', 'person.phone: invalid phone number'],
      [JSON.stringify(lead({ receivedAt: 'hier' })), 'application/json', 'receivedAt:'],
      ['{"portal": "SeLoger", ', 'text/plain', 'the body is not valid JSON'],
      ['', 'text/plain', 'the body is empty'],
      ['[1, 2]', 'application/json', 'expected object'],
    ];
    for (const [body, contentType, reason] of cases) {
      const answer = await post(body, { contentType });
      expect(answer.status, body).toBe(400);
      expect(String(answer.body.reason)).toContain(reason);
    }
    // JSON the platform cannot parse is refused before the function runs, also with a 400.
    expect((await post('{"portal": ', { contentType: 'application/json' })).status).toBe(400);
    // The secret is checked first: a malformed body with a wrong secret is a 401.
    expect((await post('nonsense', { contentType: 'text/plain', secret: 'wrong' })).status).toBe(401);
    expect(await leadCount()).toBe(before);
  });

  it('answers 405 to anything but POST', async () => {
    const answer = await fetch(endpoint, { headers: { authorization: `Bearer ${secret}` } });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

describe('leads-receivePortalLead without the auto-responder', () => {
  it('finds the contact by a phone written otherwise, links the listing and records the request', async () => {
    await setAutoResponder(false);
    const existing = contactDoc({
      lastName: 'Dupont',
      firstName: 'Jeanne',
      phones: [{ number: '+33622334455', label: 'mobile' }],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    await db().doc(paths.contact(tenant.tenantId, existing.id)).set(existing);
    const email = uniqueEmail('jeanne');
    const body = lead({ person: { firstName: 'Jeanne', lastName: 'Dupont', email, phone: '06 22 33 44 55' } });

    const answer = await postLead(body);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ contactId: existing.id, propertyId: sale.propertyId, created: false });

    // Matched by phone alone: the lead's email is kept unconfirmed, never as the contact's email.
    const stored = (await db().doc(paths.contact(tenant.tenantId, existing.id)).get()).data();
    expect(stored?.emails).toEqual([]);
    expect(stored?.email).toBe('');
    expect(stored?.unverifiedEmails).toEqual([{ address: email, portal: 'SeLoger', receivedAt: expect.anything() }]);
    expect(stored?.matchKeys).toEqual(['p:+33622334455']);
    const entries = await historyOf(existing.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      type: 'portal-request',
      authorUid: 'system',
      propertyId: sale.propertyId,
      text: `SeLoger\n\n${body.message}`,
    });
    expect(await phaseOf(existing.id, sale.propertyId)).toBe('request-received');
    const leads = await db().collection(paths.leads(tenant.tenantId)).where('contactId', '==', existing.id).get();
    expect(leads.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({ portal: 'SeLoger', contactCreated: false, autoReplyMailId: null, duplicates: 0 }),
    ]);
    // The trigger has nothing to move: the interest began in the request's phase. Its handler, given the
    // entry's event, says so (it would answer 'moved', or 'done-before' had the trigger moved it).
    const request = entries[0] ?? {};
    const handlerDeps = { db: db(), links: appLinks(null), now: () => new Date() };
    expect(
      await onHistoryEntryCreated(
        handlerDeps,
        tenant.tenantId,
        paths.historyEntry(tenant.tenantId, String(request.id)),
        request,
      ),
    ).toEqual(['unchanged']);
    expect(await phaseOf(existing.id, sale.propertyId)).toBe('request-received');
    expect((await historyOf(existing.id)).map((entry) => entry.type)).toEqual(['portal-request']);
  });

  it("creates a prospect with the portal's origin, the listing's agent and no mail", async () => {
    await setAutoResponder(false);
    const body = lead({ portal: 'seloger', listingReference: rental.reference });
    const answer = await postLead(body);
    expect(answer.status).toBe(201);
    const contactId = String(answer.body.contactId);
    expect(answer.body).toMatchObject({ propertyId: rental.propertyId, created: true });
    const contact = (await db().doc(paths.contact(tenant.tenantId, contactId)).get()).data();
    expect(contact).toMatchObject({
      kind: 'client-prospect',
      clientType: 'tenant',
      firstName: 'Camille',
      lastName: 'Martin',
      email: body.person.email,
      originId: 'seloger',
      locale: 'fr',
      assignedAgentUid: agent.uid,
      consent: { marketing: false, at: null, source: '' },
      createdBy: 'system',
    });
    expect(await phaseOf(contactId, rental.propertyId)).toBe('request-received');
    const mails = await db().collection(paths.mails(tenant.tenantId)).where('contactId', '==', contactId).get();
    expect(mails.size).toBe(0);
  });

  it('records a lead whose listing is unknown without an interest, for the owner', async () => {
    await setAutoResponder(false);
    const answer = await postLead(lead({ listingReference: 'ZZ-999', leadId: null }));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ propertyId: null, created: true });
    const contactId = String(answer.body.contactId);
    const contact = (await db().doc(paths.contact(tenant.tenantId, contactId)).get()).data();
    expect(contact).toMatchObject({ clientType: 'buyer', assignedAgentUid: tenant.owner.uid });
    const interests = await db().collection(paths.interests(tenant.tenantId)).where('contactId', '==', contactId).get();
    expect(interests.size).toBe(0);
    expect((await historyOf(contactId)).map((entry) => entry.propertyId)).toEqual([null]);
  });
});

describe('leads-receivePortalLead with the auto-responder', () => {
  it("mails the reply in the contact's language and moves the interest to the chosen phase", async () => {
    await setAutoResponder(true, 'documentation-sent');
    const body = lead({ person: { firstName: 'Ivan', lastName: 'Petrov', locale: 'ru' } });
    const email = body.person.email ?? '';
    const answer = await postLead(body);
    expect(answer.status).toBe(201);
    const contactId = String(answer.body.contactId);

    const mail = await waitForMail({ to: email, subjectIncludes: sale.reference });
    expect(mail.subject).toBe(`Ваш запрос по объекту ${sale.reference}`);
    expect(mail.text).toContain('Здравствуйте, Ivan Petrov!');
    expect(mail.text).toContain('Alex Agent');
    expect(mail.text).toContain('Agence des Portails');
    const mails = await db().collection(paths.mails(tenant.tenantId)).where('contactId', '==', contactId).get();
    expect(mails.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({ templateId: 'tenant-template', to: email, sensitive: false }),
    ]);

    await eventually(async () => expect(await phaseOf(contactId, sale.propertyId)).toBe('documentation-sent'));
    const entries = await eventually(async () => {
      const found = await historyOf(contactId);
      expect(found.map((entry) => entry.type).sort()).toEqual(['email', 'phase-change', 'portal-request']);
      return found;
    });
    const reply = entries.find((entry) => entry.type === 'email');
    expect(reply).toMatchObject({ phase: 'documentation-sent', propertyId: sale.propertyId, authorUid: 'system' });
  });

  it('never mails an email brought by a lead matched by phone alone, until an agent confirms it', async () => {
    await setAutoResponder(true, 'documentation-sent');
    const known = uniqueEmail('known');
    const withEmail = contactDoc({
      lastName: 'Morel',
      kind: 'client',
      emails: [{ address: known, label: 'personal' }],
      phones: [{ number: '+33633445566', label: 'mobile' }],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    const withoutEmail = contactDoc({
      lastName: 'Roux',
      kind: 'client',
      phones: [{ number: '+33644556677', label: 'mobile' }],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    await db().doc(paths.contact(tenant.tenantId, withEmail.id)).set(withEmail);
    await db().doc(paths.contact(tenant.tenantId, withoutEmail.id)).set(withoutEmail);
    const [intruder, stranger] = [uniqueEmail('intruder'), uniqueEmail('stranger')];

    // A contact with an email: the reply goes to the address the agency had, never to the lead's.
    const first = await postLead(lead({ person: { lastName: 'Morel', email: intruder, phone: '06 33 44 55 66' } }));
    expect(first.body).toMatchObject({ contactId: withEmail.id, created: false });
    expect(await queuedMailCount(intruder)).toBe(0);
    expect(await queuedMailCount(known)).toBe(1);
    // A contact without any: nothing is sent, and the lead's email does not become its email.
    const second = await postLead(lead({ person: { lastName: 'Roux', email: stranger, phone: '06 44 55 66 77' } }));
    expect(second.body).toMatchObject({ contactId: withoutEmail.id, created: false });
    expect(await queuedMailCount(stranger)).toBe(0);
    const stored = (await db().doc(paths.contact(tenant.tenantId, withoutEmail.id)).get()).data();
    expect(stored).toMatchObject({
      email: '',
      emails: [],
      unverifiedEmails: [{ address: stranger, portal: 'SeLoger' }],
    });

    // No client space for it either, until the agent adds the address to the emails, which confirms it.
    const invited = await callCallable(CALLABLES.inviteClient, { contactId: withoutEmail.id }, agent.idToken);
    expect(invited).toMatchObject({ ok: false, reason: 'contact-without-email' });
    expect(await queuedMailCount(stranger)).toBe(0);
    const confirmed = {
      kind: 'client',
      clientType: 'buyer',
      identityType: 'person',
      civility: '',
      firstName: 'Camille',
      lastName: 'Roux',
      companyName: '',
      legalForm: '',
      registrationNumber: '',
      emails: [{ address: stranger, label: 'personal' }],
      phones: [{ number: '+33644556677', label: 'mobile' }],
      address: { street: '', postalCode: '', city: '', country: '' },
      locale: 'fr',
      tags: [],
      originId: null,
      consent: { marketing: false, at: null, source: '' },
      assignedAgentUid: agent.uid,
      sharedWithUids: [],
    };
    await mustCall(CALLABLES.saveContact, { contactId: withoutEmail.id, contact: confirmed }, agent.idToken);
    expect((await db().doc(paths.contact(tenant.tenantId, withoutEmail.id)).get()).data()).toMatchObject({
      email: stranger,
      unverifiedEmails: [],
    });
  });

  it('delivered twice, creates one request, one contact and one mail', async () => {
    await setAutoResponder(true, 'request-answered');
    const body = lead({ leadId: null, person: { firstName: 'Emma', lastName: 'Brown', locale: 'en' } });
    const email = body.person.email ?? '';
    const [first, second] = [await postLead(body), await postLead({ ...body, portal: 'SELOGER ' })];
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ duplicate: true, contactId: first.body.contactId });
    const contactId = String(first.body.contactId);

    await waitForMail({ to: email, subjectIncludes: 'Your enquiry' });
    await eventually(async () => expect(await phaseOf(contactId, sale.propertyId)).toBe('request-answered'));
    const third = await postLead(body);
    expect(third.status).toBe(200);
    // A reply would have been queued before the answer: the outbox still holds the one.
    expect(await queuedMailCount(email)).toBe(1);
    expect(await mailTo(email)).toHaveLength(1);
    expect(await contactsWithEmail(email)).toHaveLength(1);
    const requests = (await historyOf(contactId)).filter((entry) => entry.type === 'portal-request');
    expect(requests).toHaveLength(1);
    const leadKey = String(requests[0]?.id).replace(/_request$/, '');
    expect(requests[0]?.id).toBe(portalRequestEntryId(leadKey));
    const stored = (await db().doc(paths.lead(tenant.tenantId, leadKey)).get()).data();
    expect(stored).toMatchObject({ duplicates: 2, autoReplyMailId: autoReplyMailId(leadKey) });
  });
});
