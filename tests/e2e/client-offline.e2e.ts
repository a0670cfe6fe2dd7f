import { CALLABLES, paths, type AssignListingResult, type SavePropertyResult } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToClient, STEP } from '../support/browser';
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

/**
 * The service worker installs once the first screen is idle; the pages opened after that (here, the
 * same page loaded again) are served by it, as on a client's next visit.
 */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ timeout: STEP });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: STEP });
}

describe('the client app opened offline', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  const clientEmail = uniqueEmail('offline');
  let contactId: string;
  let propertyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence des Quais', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Lina Agent');
    const saved = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `offline${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'Maison de ville avec patio',
          propertyType: 'house',
          address: { street: '8 rue des Quais', complement: '', postalCode: '33000', city: 'Bordeaux', country: 'FR' },
          location: { latitude: 44.84, longitude: -0.57, source: 'pin' },
          price: 520_000,
          surface: 120,
          rooms: 5,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = saved.propertyId;
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    contactId = ref.id;
    const user = await adminAuth().createUser({ email: clientEmail, password: TEST_PASSWORD });
    await adminAuth().setCustomUserClaims(user.uid, { tenantId: tenant.tenantId, role: 'client', contactId });
    await ref.set(
      contactDoc({
        id: contactId,
        firstName: 'Hugo',
        lastName: 'Marchal',
        emails: [{ address: clientEmail, label: 'personal' }],
        email: clientEmail,
        assignedAgentUid: agent.uid,
        portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: agent.uid },
      }),
    );
    await syncClientProfile({ db: adminDb() }, tenant.tenantId, contactId);
    await mustCall<AssignListingResult>(
      CALLABLES.assignListing,
      { propertyId, contactIds: [contactId] },
      agent.idToken,
    );
    await mustCall(CALLABLES.setListingPublished, { contactId, propertyId, published: true }, agent.idToken);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the listings it last loaded, queues a visit request and sends it back online', async () => {
    const client = await signInToClient(
      browser,
      tenant.tenantId,
      { email: clientEmail, password: TEST_PASSWORD },
      { serviceWorkers: 'allow' },
    );
    const card = client.getByTestId(`listing-card-${propertyId}`);
    await card.getByText('Maison de ville avec patio').waitFor({ timeout: STEP });
    await waitForServiceWorker(client);
    await card.getByText('Maison de ville avec patio').waitFor({ timeout: STEP });

    await client.context().setOffline(true);
    await client.reload({ timeout: STEP });
    await client.getByTestId('offline-notice').waitFor({ timeout: STEP });
    await card.getByText('Maison de ville avec patio').waitFor({ timeout: STEP });
    await card.click();
    await client.getByTestId('listing-page').waitFor({ timeout: STEP });

    await client.getByRole('button', { name: 'À visiter' }).click();
    await client.getByLabel('Vos disponibilités pour une visite').fill('Mardi soir');
    await client.getByRole('button', { name: 'Demander une visite' }).click();
    await client.getByTestId('waiting-to-send').waitFor({ timeout: STEP });
    // Nothing reached the server while offline: the listing is still new there.
    const listingRef = adminDb().doc(paths.clientListing(tenant.tenantId, `${contactId}_${propertyId}`));
    expect((await listingRef.get()).get('stage')).toBe('new');

    await client.context().setOffline(false);
    await client.getByTestId('waiting-to-send').waitFor({ state: 'detached', timeout: TRIGGER_WAIT });
    const mail = await waitForMail({ to: agent.email, subjectIncludes: 'souhaite visiter', timeoutMs: TRIGGER_WAIT });
    expect(mail.text).toContain('Mardi soir');
    expect(mail.text).toContain('Hugo Marchal');
  }, 240_000);

  it('signing out clears what the phone kept', async () => {
    const client = await signInToClient(
      browser,
      tenant.tenantId,
      { email: clientEmail, password: TEST_PASSWORD },
      { serviceWorkers: 'allow' },
    );
    // The visit request of the test before moved the listing to À visiter.
    await client.getByTestId('listings-tab-to-visit').click();
    await client.getByTestId(`listing-card-${propertyId}`).waitFor({ timeout: STEP });
    const cacheDatabases = () =>
      client.evaluate(
        async () => (await indexedDB.databases()).filter((database) => database.name?.startsWith('firestore/')).length,
      );
    expect(await cacheDatabases()).toBeGreaterThan(0);
    await client.goto(`${runtime().clientUrl}/account?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client.getByRole('button', { name: 'Se déconnecter' }).click();
    await client.getByRole('dialog').getByRole('button', { name: 'Se déconnecter' }).click();
    await client.waitForURL((url) => url.pathname.endsWith('/signin'), { timeout: STEP });
    await expect.poll(cacheDatabases, { timeout: STEP }).toBe(0);
  }, 120_000);
});
