import { CALLABLES, paths, type Consent, type Contact, type InformContactsResult, type Locale } from '@estate/domain';
import { randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { mailDevOrigin } from '../support/emulator-env';
import { linkIn, waitForMail, type ReceivedMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { expectInvalid, mailCount, queuedMailCount } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let propertyId: string;
let templateId: string;

const CONSENTED: Consent = { marketing: true, at: new Date('2026-01-05T10:00:00Z'), source: 'form' };

async function createContact(fields: {
  firstName: string;
  lastName: string;
  email: string;
  locale?: Locale;
  consent?: Consent;
}): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
  const now = new Date();
  const contact: Contact = {
    id: ref.id,
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: '',
    firstName: fields.firstName,
    lastName: fields.lastName,
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: fields.email ? [{ address: fields.email, label: 'personal' }] : [],
    phones: fields.email ? [] : [{ number: '+33612345678', label: 'mobile' }],
    unverifiedEmails: [],
    email: fields.email,
    phone: fields.email ? '' : '+33612345678',
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: fields.locale ?? 'fr',
    tags: [],
    originId: null,
    consent: fields.consent ?? CONSENTED,
    assignedAgentUid: agent.uid,
    managerUid: null,
    sharedWithUids: [],
    matchKeys: [],
    conversion: null,
    deletionRequest: null,
    createdBy: agent.uid,
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
  await ref.set(contact);
  return ref.id;
}

function requestId(): string {
  return `req-${randomBytes(6).toString('hex')}`;
}

async function inform(contactIds: string[], id = requestId(), user = agent): Promise<InformContactsResult> {
  return mustCall<InformContactsResult>(
    CALLABLES.informContacts,
    { requestId: id, propertyId, contactIds, templateId },
    user.idToken,
  );
}

async function headersOf(mail: ReceivedMail): Promise<Record<string, string>> {
  const response = await fetch(`${mailDevOrigin}/email/${mail.id}`);
  const message = (await response.json()) as { headers?: Record<string, string> };
  return message.headers ?? {};
}

async function consentOf(contactId: string): Promise<{ marketing: boolean; source: string; at: Timestamp | null }> {
  const data = (await adminDb().doc(paths.contact(tenant.tenantId, contactId)).get()).data();
  return data?.consent as { marketing: boolean; source: string; at: Timestamp | null };
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Horizon' });
  agent = await addActiveMember(tenant, 'agent', 'Paul Girard');
  const property = adminDb().collection(paths.properties(tenant.tenantId)).doc();
  propertyId = property.id;
  const now = new Date();
  await property.set({
    id: property.id,
    reference: 'V-00042',
    dealType: 'sale',
    title: 'Loft <lumineux>',
    propertyType: 'apartment',
    address: { postalCode: '44000', city: 'Nantes' },
    price: 325000,
    surface: 80,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    visitCount: 0,
    offerCount: 0,
    createdBy: agent.uid,
    createdAt: now,
    updatedAt: now,
  });
  const template = adminDb().collection(paths.mailTemplates(tenant.tenantId)).doc();
  templateId = template.id;
  await template.set({
    id: template.id,
    name: 'Baisse de prix',
    subject: 'Nouveau prix pour {{propertyReference}}, {{firstName}}',
    body: 'Bonjour {{fullName}},\n\nLe bien {{propertyTitle}} à {{propertyCity}} est à {{propertyPrice}}.\n\n{{agentName}}, {{agencyName}}',
    locale: 'fr',
    createdBy: tenant.owner.uid,
    createdAt: now,
    updatedAt: now,
  });
}, 60_000);

describe('pipeline-informContacts', () => {
  it('sends each consenting recipient their own rendered mail, with history, and skips the others with reasons', async () => {
    const anne = { firstName: 'Anne', lastName: 'Martin', email: uniqueEmail('anne') };
    const ivan = { firstName: 'Ivan', lastName: 'Petrov', email: uniqueEmail('ivan'), locale: 'ru' as const };
    const anneId = await createContact(anne);
    const ivanId = await createContact(ivan);
    const noConsentId = await createContact({
      firstName: 'Nina',
      lastName: 'Refus',
      email: uniqueEmail('nina'),
      consent: { marketing: false, at: null, source: '' },
    });
    const noEmailId = await createContact({ firstName: 'Olga', lastName: 'Phone', email: '' });
    const unsubscribedId = await createContact({
      firstName: 'Ugo',
      lastName: 'Parti',
      email: uniqueEmail('ugo'),
      consent: { marketing: false, at: new Date(), source: 'unsubscribe-link' },
    });

    const id = requestId();
    const result = await inform([anneId, ivanId, noConsentId, noEmailId, unsubscribedId, 'missing-contact'], id);
    expect(result).toEqual({
      sent: 2,
      alreadySent: 0,
      skipped: 4,
      skippedByReason: { 'no-email': 1, 'no-consent': 1, unsubscribed: 1, 'not-found': 1, 'not-visible': 0 },
    });

    const anneMail = await waitForMail({ to: anne.email, subjectIncludes: 'V-00042' });
    expect(anneMail.subject).toBe('Nouveau prix pour V-00042, Anne');
    expect(anneMail.text).toContain('Bonjour Anne Martin,');
    expect(anneMail.text).toMatch(/Loft <lumineux> à Nantes est à 325\s000\s€/);
    expect(anneMail.text).toContain('Paul Girard, Agence Horizon');
    expect(anneMail.html).toContain('Loft &lt;lumineux&gt;');
    expect(anneMail.text).toContain('Se désabonner');
    const ivanMail = await waitForMail({ to: ivan.email, subjectIncludes: 'V-00042' });
    expect(ivanMail.subject).toBe('Nouveau prix pour V-00042, Ivan');
    expect(ivanMail.text).toContain('Отписаться');
    expect(ivanMail.to).toEqual([ivan.email]);

    const link = linkIn(anneMail, 'mail-unsubscribe');
    expect(link).toContain(`t=${tenant.tenantId}`);
    expect(link).toContain(`c=${anneId}`);
    const headers = await headersOf(anneMail);
    expect(headers['list-unsubscribe']).toBe(`<${link}>`);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const mails = await adminDb()
      .collection(paths.mails(tenant.tenantId))
      .where('templateData.requestId', '==', id)
      .get();
    expect(mails.docs.map((doc) => doc.get('contactId')).sort()).toEqual([anneId, ivanId].sort());
    expect(mails.docs.every((doc) => doc.get('sensitive') === false)).toBe(true);
    const history = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', anneId)
      .get();
    expect(history.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        type: 'email',
        propertyId,
        authorUid: agent.uid,
        contactIds: [anneId],
        text: 'Nouveau prix pour V-00042, Anne',
      }),
    ]);

    // A retry of the same sending (a lost answer, a double click) sends nothing again.
    const retried = await inform([anneId, ivanId, noConsentId], id);
    expect(retried).toMatchObject({ sent: 0, alreadySent: 2, skipped: 1 });
    // Its mails would have been queued before it answered: the outbox still holds one for each.
    expect(await queuedMailCount(anne.email)).toBe(1);
    expect(await queuedMailCount(ivan.email)).toBe(1);
    expect(await mailCount(anne.email)).toBe(1);
    expect(await mailCount(ivan.email)).toBe(1);
    const historyAfter = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', anneId)
      .get();
    expect(historyAfter.size).toBe(1);
  });

  it('honours the unsubscribe link: a page first, then consent withdrawn once, and the next mailing skips them', async () => {
    const bob = { firstName: 'Bob', lastName: 'Durand', email: uniqueEmail('bob'), locale: 'en' as const };
    const bobId = await createContact(bob);
    await inform([bobId]);
    const mail = await waitForMail({ to: bob.email, subjectIncludes: 'V-00042' });
    const link = linkIn(mail, 'mail-unsubscribe');

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('Stop receiving information mails from Agence Horizon?');
    expect(html).toContain('<form method="post">');
    expect((await consentOf(bobId)).marketing).toBe(true);

    const confirmed = await fetch(link, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You are unsubscribed.');
    const consent = await consentOf(bobId);
    expect(consent).toMatchObject({ marketing: false, source: 'unsubscribe-link' });
    expect(consent.at).toBeInstanceOf(Timestamp);

    const again = await fetch(`${link}&confirm=1`);
    expect(again.status).toBe(200);
    expect((await consentOf(bobId)).at?.toMillis()).toBe(consent.at?.toMillis());

    const next = await inform([bobId]);
    expect(next).toMatchObject({ sent: 0, skipped: 1, skippedByReason: { unsubscribed: 1 } });
  });

  it('answers 400 to a link whose token does not match, changing nothing', async () => {
    const carl = { firstName: 'Carl', lastName: 'Faux', email: uniqueEmail('carl') };
    const carlId = await createContact(carl);
    await inform([carlId]);
    const link = new URL(linkIn(await waitForMail({ to: carl.email, subjectIncludes: 'V-00042' }), 'mail-unsubscribe'));
    const forged = new URL(link);
    forged.searchParams.set('k', `${link.searchParams.get('k') ?? ''}x`);
    const otherContact = new URL(link);
    otherContact.searchParams.set('c', 'another-contact');
    for (const url of [forged, otherContact]) {
      const response = await fetch(url, { method: 'POST' });
      expect(response.status).toBe(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const missing = await fetch(`${link.origin}${link.pathname}?t=${tenant.tenantId}`);
    expect(missing.status).toBe(400);
    expect((await consentOf(carlId)).marketing).toBe(true);
  });

  it('validates the input and refuses a missing template, another agency and anonymous callers', async () => {
    const contactId = await createContact({ firstName: 'Eva', lastName: 'Test', email: uniqueEmail('eva') });
    const base = { requestId: requestId(), propertyId, templateId, contactIds: [contactId] };
    await expectInvalid(CALLABLES.informContacts, { ...base, contactIds: [] }, agent.idToken, 'contactIds');
    await expectInvalid(
      CALLABLES.informContacts,
      { ...base, contactIds: Array.from({ length: 501 }, (_, index) => `c${index}`) },
      agent.idToken,
      'contactIds',
    );
    await expectInvalid(CALLABLES.informContacts, { ...base, requestId: 'bad id!' }, agent.idToken, 'requestId');

    const noTemplate = await callCallable(CALLABLES.informContacts, { ...base, templateId: 'gone' }, agent.idToken);
    expect(noTemplate).toMatchObject({ ok: false, code: 'failed-precondition' });
    const noProperty = await callCallable(CALLABLES.informContacts, { ...base, propertyId: 'gone' }, agent.idToken);
    expect(noProperty).toMatchObject({ ok: false, code: 'failed-precondition' });

    // Another agency's owner finds neither this template nor this property in their own agency.
    const stranger = await createTenantWithOwner({ agencyName: 'Agence Voisine' });
    const refused = await callCallable(CALLABLES.informContacts, base, stranger.owner.idToken);
    expect(refused).toMatchObject({ ok: false, code: 'failed-precondition' });
    const unauthenticated = await callCallable(CALLABLES.informContacts, base);
    expect(unauthenticated).toMatchObject({ ok: false, code: 'unauthenticated' });
    const written = await adminDb().collection(paths.mails(tenant.tenantId)).where('contactId', '==', contactId).get();
    expect(written.size).toBe(0);
  });
});
