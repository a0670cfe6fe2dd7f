import { CALLABLES, paths, type SavePropertyResult } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { eventually } from '../functions/function-fixtures';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** What a trigger (the action applied, the agent's mail) may take on a loaded emulator. */
const TRIGGER_WAIT = 60_000;

describe('the agent publishes a listing; the client asks to visit from their phone', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  const clientEmail = uniqueEmail('buyer');
  let contactId: string;
  let propertyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence du Parc', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Paul Agent');
    const saved = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `journey${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'T4 avec jardin',
          propertyType: 'apartment',
          address: { street: '3 allée des Tilleuls', complement: '', postalCode: '69006', city: 'Lyon', country: 'FR' },
          location: { latitude: 45.77, longitude: 4.85, source: 'pin' },
          price: 415_000,
          surface: 92,
          rooms: 4,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = saved.propertyId;
    // A client whose space is open, as after accepting the invitation (client-invitation.e2e.ts).
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    contactId = ref.id;
    const user = await adminAuth().createUser({ email: clientEmail, password: TEST_PASSWORD });
    await adminAuth().setCustomUserClaims(user.uid, { tenantId: tenant.tenantId, role: 'client', contactId });
    await ref.set(
      contactDoc({
        id: contactId,
        firstName: 'Inès',
        lastName: 'Vasseur',
        emails: [{ address: clientEmail, label: 'personal' }],
        email: clientEmail,
        assignedAgentUid: agent.uid,
        portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: agent.uid },
      }),
    );
    await syncClientProfile({ db: adminDb() }, tenant.tenantId, contactId);
    // The contact search reads the tokens contacts-onContactWritten adds.
    await eventually(async () => {
      const tokens = (await ref.get()).get('searchTokens') as string[] | undefined;
      expect(tokens?.length).toBeGreaterThan(0);
    }, TRIGGER_WAIT);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from "Attribuer" to À visiter in both apps, with the agent mailed', async () => {
    const admin = await signInToAdmin(browser, tenant.tenantId, agent);
    await admin.goto(`${runtime().adminUrl}/properties/${propertyId}/clients?tenant=${tenant.tenantId}`, {
      timeout: STEP,
    });
    await admin.getByLabel('Rechercher des clients').fill('Vass');
    await admin.getByRole('option', { name: 'Inès Vasseur' }).click();
    await admin.getByRole('button', { name: 'Attribuer à 1 client' }).click();
    const card = admin.getByTestId(`listing-${contactId}_${propertyId}`);
    await card.getByText('Brouillon', { exact: true }).waitFor({ timeout: STEP });
    await card.getByRole('button', { name: 'Publier' }).click();
    await card.getByText('Publié', { exact: true }).waitFor({ timeout: STEP });

    const client = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' })
    ).newPage();
    await client.goto(`${runtime().clientUrl}/signin?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client.getByLabel('E-mail').fill(clientEmail);
    await client.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await client.getByRole('button', { name: 'Se connecter' }).click();
    const newCard = client.getByTestId(`listing-card-${propertyId}`);
    await newCard.waitFor({ timeout: STEP });
    await newCard.getByText('T4 avec jardin').waitFor({ timeout: STEP });
    await newCard.click();

    await client.getByTestId('listing-page').waitFor({ timeout: STEP });
    await client.getByRole('button', { name: 'À visiter' }).click();
    await client.getByLabel('Vos disponibilités pour une visite').fill('Samedi matin ou jeudi après 18 h');
    await client.getByRole('button', { name: 'Demander une visite' }).click();
    await client
      .getByTestId('listing-stage')
      .getByText('À visiter', { exact: true })
      .waitFor({ timeout: TRIGGER_WAIT });

    const mail = await waitForMail({ to: agent.email, subjectIncludes: 'souhaite visiter', timeoutMs: TRIGGER_WAIT });
    expect(mail.text).toContain('Samedi matin ou jeudi après 18 h');
    expect(mail.text).toContain('Inès Vasseur');

    await client.getByRole('link', { name: 'Retour' }).click();
    await client.getByTestId(`listing-card-${propertyId}`).waitFor({ timeout: STEP });
    expect(new URL(client.url()).searchParams.get('tab')).toBe('to-visit');

    await admin.goto(`${runtime().adminUrl}/clients/${contactId}/client-space?tenant=${tenant.tenantId}`, {
      timeout: STEP,
    });
    await admin.getByTestId('listings-tab-to-visit').click();
    const visit = admin.getByTestId(`listing-${contactId}_${propertyId}`);
    await visit.getByText('Samedi matin ou jeudi après 18 h').waitFor({ timeout: STEP });
  }, 180_000);
});
