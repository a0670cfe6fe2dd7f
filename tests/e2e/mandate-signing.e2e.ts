import { EMPTY_AGENCY_LEGAL, paths, propertySchema, type Contact, type Property } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../functions/function-fixtures';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { signFromMail } from '../support/signing-page';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

/**
 * The mandate from drawing to signature across the two capabilities: the agent sends it from the
 * property, the seller signs it from the mail on the client host, and the mandate, its register line
 * and its property say so.
 */
describe('a mandate sent from the property is signed by its seller from the mail', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let property: Property;
  let page: Page;
  const sellerEmail = uniqueEmail('seller');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Mandat Signé', locale: 'fr' });
    await adminDb()
      .doc(paths.tenant(tenant.tenantId))
      .update({ legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 1306 2026 000 000 078' } });
    agent = await addActiveMember(tenant, 'agent', 'Samia Signature');
    const sellerRef = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const seller: Contact = contactDoc({
      id: sellerRef.id,
      firstName: 'Paul',
      lastName: 'Vendeur',
      emails: [{ address: sellerEmail, label: 'personal' }],
      clientType: 'seller',
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    await sellerRef.set(seller);
    const propertyRef = adminDb().collection(paths.properties(tenant.tenantId)).doc();
    const now = new Date();
    property = propertySchema.parse({
      id: propertyRef.id,
      reference: 'V-00078',
      dealType: 'sale',
      title: 'Appartement Vieux-Port',
      propertyType: 'apartment',
      address: { postalCode: '13002', city: 'Marseille' },
      price: 330_000,
      surface: 70,
      rooms: 3,
      status: 'estimation',
      sellerContactIds: [sellerRef.id],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
      createdAt: now,
      updatedAt: now,
    });
    await propertyRef.set(property);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the agent draws the mandate and sends it for signature', async () => {
    await page.goto(
      `${runtime().adminUrl}/properties/${property.id}/mandates?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    await page.getByTestId('mandate-new').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Paul Vendeur').waitFor({ timeout: STEP });
    await dialog.getByTestId('mandate-fees').fill('15000');
    await dialog.getByTestId('mandate-save').click();
    const card = page.getByTestId('mandate-card');
    await card.getByTestId('mandate-send').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Envoyer en signature' }).click();
    await card.getByTestId('mandate-status').getByText('En signature').waitFor({ timeout: 40_000 });
    await card.getByTestId('mandate-number').getByText('N° 000001').waitFor({ timeout: STEP });
  }, 90_000);

  it('the seller signs it from the mail, on the client host', async () => {
    await signFromMail(browser, sellerEmail);
  }, 120_000);

  it('the mandate is signed, keeps its register number, and its property is under mandate', async () => {
    const mandate = await eventually(async () => {
      const found = await adminDb()
        .collection(paths.mandates(tenant.tenantId))
        .where('propertyId', '==', property.id)
        .get();
      const stored = found.docs[0];
      if (stored?.get('status') !== 'signed') throw new Error('not signed yet');
      return stored;
    }, 40_000);
    expect(mandate.get('registerNumber')).toBe(1);
    const stored = await adminDb().doc(paths.property(tenant.tenantId, property.id)).get();
    expect(stored.get('status')).toBe('under-mandate');

    await page.reload();
    const card = page.getByTestId('mandate-card');
    await card.getByTestId('mandate-status').getByText('Signé').waitFor({ timeout: STEP });
    await card.getByTestId('mandate-number').getByText('N° 000001').waitFor({ timeout: STEP });
    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      card.getByRole('button', { name: 'PDF signé' }).click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();
  }, 90_000);
});
