import { CALLABLES, paths, type Contact, type SavePropertyResult } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

/** A buyer whose saved search a flat in Lyon at 400 000 € meets. */
async function seedBuyer(tenantId: string, agentUid: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    firstName: 'Camille',
    lastName: 'Durand',
    emails: [{ address: `camille.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  await adminDb()
    .doc(paths.buyerFile(tenantId, ref.id, 'saved-search'))
    .set({
      dealType: 'sale',
      propertyTypes: ['apartment'],
      cities: ['lyon'],
      postalCodes: [],
      budgetMin: null,
      budgetMax: 420_000,
      surfaceMin: 55,
      roomsMin: 3,
      bedroomsMin: null,
      mustHaves: [],
      text: '',
      updatedBy: agentUid,
      updatedAt: new Date(),
    });
  return ref.id;
}

/** The projections are written by triggers a moment after the seed: reload until the buyer shows. */
async function waitForBuyer(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 2 * STEP;
  for (;;) {
    const shown = await page
      .getByTestId('matching-buyers')
      .getByRole('link', { name })
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`${name} did not show within ${2 * STEP} ms`);
    await page.reload();
  }
}

describe('admin app: a buyer whose saved search matches appears on the property and is contacted', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let propertyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Matching', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    await seedBuyer(tenant.tenantId, agent.uid);
    ({ propertyId } = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `matching${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'Trois pièces Bellecour',
          propertyType: 'apartment',
          address: { postalCode: '69002', city: 'Lyon' },
          price: 400_000,
          surface: 62,
          rooms: 3,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    ));
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the buyer in the property's Matching buyers tab, every criterion met", async () => {
    await page.goto(`${new URL(page.url()).origin}/properties/${propertyId}/matching`);
    await page.getByRole('tab', { name: 'Acquéreurs correspondants' }).waitFor({ timeout: STEP });
    await waitForBuyer(page, 'Camille Durand');
    const list = page.getByTestId('matching-buyers');
    await list.getByText('Correspond', { exact: true }).waitFor({ timeout: STEP });
    await page.getByTestId('matching-buyers-counts').getByText('1 correspondent, 0 presque').waitFor({ timeout: STEP });
  });

  it('contacts the buyer, who is then marked as linked', async () => {
    await page.getByRole('button', { name: 'Contacter Camille Durand' }).click();
    await page
      .getByText('Camille Durand est lié au bien, en phase « Contacté via matching ».')
      .waitFor({ timeout: STEP });
    await page
      .getByTestId('matching-buyers')
      .getByTestId('match-linked')
      .getByText('Déjà lié : Contacté via matching')
      .waitFor({ timeout: STEP });
  });

  it('shows the interest in the phase "Contacté via matching" among the property\'s contacts', async () => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page
      .getByTestId('property-contacts')
      .getByTestId('interest-phase')
      .filter({ hasText: 'Contacté via matching' })
      .waitFor({ timeout: STEP });
  });

  it("shows the property among the buyer's matching properties, already linked", async () => {
    await page.getByTestId('property-contacts').getByRole('link', { name: 'Camille Durand' }).click();
    await page.waitForURL(/\/clients\/[^/]+\//, { timeout: STEP });
    await page.goto(page.url().replace(/\/clients\/([^/]+)\/.*$/, '/clients/$1/saved-search'));
    const list = page.getByTestId('matching-properties');
    await list.getByRole('link', { name: /^V-\d{5} · Trois pièces Bellecour$/ }).waitFor({ timeout: STEP });
    await list.getByText('Déjà lié : Contacté via matching').waitFor({ timeout: STEP });
  });
});
