import { CALLABLES, paths, toClientProfile, type Contact, type SavePropertyResult } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

const CLIENT_PASSWORD = 'Client-pass-2026';

describe('an agent plans a visit from the property page; the client adds it to their calendar and asks for a change', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let propertyId: string;
  const clientEmail = uniqueEmail('visitor');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Agenda', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Sophie Agenda');
    const property = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: randomUUID().replace(/-/g, '').slice(0, 20),
        property: {
          dealType: 'sale',
          title: 'Maison aux volets bleus',
          propertyType: 'house',
          address: { postalCode: '13007', city: 'Marseille' },
          price: 610000,
          surface: 120,
          rooms: 5,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = property.propertyId;
    // A buyer whose client space is open, as after accepting the invitation.
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const user = await adminAuth().createUser({ email: clientEmail, password: CLIENT_PASSWORD, emailVerified: true });
    const contact: Contact = contactDoc({
      id: ref.id,
      firstName: 'Léa',
      lastName: 'Visiteuse',
      emails: [{ address: clientEmail, label: 'personal' }],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
      portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: agent.uid },
    });
    await ref.set(contact);
    await adminDb().doc(paths.clientProfile(tenant.tenantId, ref.id)).set(toClientProfile(contact));
    await adminAuth().setCustomUserClaims(user.uid, { tenantId: tenant.tenantId, role: 'client', contactId: ref.id });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from "Planifier une visite" to the agent reading the change request in MailDev', async () => {
    const admin = await signInToAdmin(browser, tenant.tenantId, agent);
    await admin.goto(`${runtime().adminUrl}/properties/${propertyId}/visits?tenant=${tenant.tenantId}`, {
      timeout: STEP,
    });
    await admin.getByTestId('property-plan-visit').click();
    const form = admin.getByRole('dialog');
    await form.getByTestId('appointment-title').fill('Visite avec Léa');
    await form.getByTestId('appointment-start').fill('2031-06-12T10:00');
    await form.getByRole('textbox', { name: 'Clients', exact: true }).fill('Visit');
    await admin.getByRole('option', { name: 'Léa Visiteuse' }).click({ timeout: STEP });
    // Closes the clients' dropdown without Escape, which would close the dialog.
    await form.getByTestId('appointment-title').click();
    await form.getByTestId('appointment-save').click();
    await admin.getByTestId('appointment-row').filter({ hasText: 'Léa Visiteuse' }).waitFor({ timeout: STEP });
    const created = await waitForMail({ to: clientEmail, subjectIncludes: 'Visite', timeoutMs: 30_000 });
    expect(created.text).toContain('Visite avec Léa');

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      timezoneId: 'UTC',
      serviceWorkers: 'block',
      acceptDownloads: true,
    });
    const client = await context.newPage();
    await client.goto(`${runtime().clientUrl}/signin?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client.getByLabel('Adresse e-mail').fill(clientEmail);
    await client.getByLabel('Mot de passe').fill(CLIENT_PASSWORD);
    await client.keyboard.press('Enter');
    await client.waitForURL((url) => url.pathname === '/', { timeout: STEP });
    await client.getByRole('link', { name: 'Calendrier' }).click();
    const card = client.getByTestId('client-appointment').filter({ hasText: 'Visite avec Léa' });
    await card.waitFor({ timeout: STEP });
    expect(await card.getByTestId('client-appointment-when').textContent()).toContain('12 juin');

    const [download] = await Promise.all([
      client.waitForEvent('download', { timeout: STEP }),
      card.getByTestId('appointment-ics').click(),
    ]);
    const ics = await readFile((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART:20310612T100000Z');
    expect(ics).toContain('SEQUENCE:0');

    await card.getByTestId('appointment-ask-change').click();
    await client.getByTestId('change-request-text').fill('Le samedi matin me conviendrait mieux.');
    await client.getByTestId('change-request-send').click();
    await client.getByText('Votre demande a été envoyée à votre conseiller.').waitFor({ timeout: STEP });

    const request = await waitForMail({ to: agent.email, subjectIncludes: 'demande à changer', timeoutMs: 30_000 });
    expect(request.text).toContain('Le samedi matin me conviendrait mieux.');
    expect(request.text).toContain('Léa Visiteuse');
    await context.close();
  });
});
