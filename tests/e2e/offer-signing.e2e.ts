import { paths, propertySchema, searchQueryToken, type Contact, type Property, type TracfinFile } from '@estate/domain';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../functions/function-fixtures';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import { signFromMail } from '../support/signing-page';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** What the agent types in the buyer picker. */
const BUYER_TYPED = 'Acquér';
/** The signing appointments' titles, in the agency's language, and the deed's place. */
const PRELIMINARY_TITLE = 'Signature du compromis · V-00091';
const DEED_TITLE = "Signature de l'acte authentique · V-00091";
const NOTARY = 'Étude de Maître Durand';

/**
 * A purchase offer from registration to acceptance: the agent registers it for a buyer whose Tracfin
 * file is complete, the buyer signs it from the mail on a phone, the agent records the seller's
 * acceptance with the days and times of the signings to come, and the property is under offer: the
 * preliminary contract and the deed are in the agent's calendar and in the buyer's, on their phone.
 */
describe('an offer registered by the agent is signed by the buyer and accepted by the seller', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let property: Property;
  let page: Page;
  const buyerEmail = uniqueEmail('buyer');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Offre Signée', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Olivier Offre');
    const contacts = adminDb().collection(paths.contacts(tenant.tenantId));
    const sellerRef = contacts.doc();
    const buyerRef = contacts.doc();
    const seller: Contact = contactDoc({
      id: sellerRef.id,
      firstName: 'Paul',
      lastName: 'Vendeur',
      emails: [{ address: uniqueEmail('seller'), label: 'personal' }],
      clientType: 'seller',
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    // The buyer has a client space, where they follow their offer.
    const buyerUser = await adminAuth().createUser({ email: buyerEmail, password: TEST_PASSWORD, emailVerified: true });
    await adminAuth().setCustomUserClaims(buyerUser.uid, {
      tenantId: tenant.tenantId,
      role: 'client',
      contactId: buyerRef.id,
    });
    const buyer: Contact = contactDoc({
      id: buyerRef.id,
      firstName: 'Bérénice',
      lastName: 'Acquéreuse',
      emails: [{ address: buyerEmail, label: 'personal' }],
      clientType: 'buyer',
      portal: { status: 'active', uid: buyerUser.uid, invitedAt: new Date(), invitedBy: agent.uid },
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    const tracfin: TracfinFile = {
      identityDocument: { type: 'passport', number: '20AB12345', expiresAt: new Date('2034-01-01'), checked: true },
      beneficialOwners: [],
      funds: { origins: ['savings'], detail: '' },
      pep: { exposed: false, detail: '' },
      assetFreezeCheck: { checkedAt: new Date(), result: 'clear' },
      riskLevel: 'low',
      reviewedBy: agent.uid,
      reviewedAt: new Date(),
    };
    await Promise.all([
      sellerRef.set(seller),
      buyerRef.set(buyer),
      adminDb()
        .doc(paths.buyerFile(tenant.tenantId, buyerRef.id, 'tracfin'))
        .set(tracfin),
    ]);
    const propertyRef = adminDb().collection(paths.properties(tenant.tenantId)).doc();
    const now = new Date();
    property = propertySchema.parse({
      id: propertyRef.id,
      reference: 'V-00091',
      dealType: 'sale',
      title: 'Maison Endoume',
      propertyType: 'house',
      address: { postalCode: '13007', city: 'Marseille' },
      price: 540_000,
      surface: 120,
      rooms: 5,
      status: 'online',
      sellerContactIds: [sellerRef.id],
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
      createdAt: now,
      updatedAt: now,
    });
    await propertyRef.set(property);
    // The picker finds contacts by the search tokens contacts-onContactWritten gives them.
    await eventually(
      async () => expect((await buyerRef.get()).get('searchTokens')).toContain(searchQueryToken(BUYER_TYPED)),
      45_000,
    );
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the agent registers the offer for the buyer and it goes to signature', async () => {
    await page.goto(
      `${runtime().adminUrl}/properties/${property.id}/offers?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    await page.getByTestId('offer-new').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Acquéreurs').fill(BUYER_TYPED);
    await page.getByRole('option', { name: 'Bérénice Acquéreuse' }).click();
    await dialog.getByTestId('offer-buyer').getByText('Bérénice Acquéreuse').waitFor({ timeout: STEP });
    await dialog.getByTestId('offer-amount').fill('525000');
    await dialog.getByTestId('offer-own-funds').fill('525000');
    await dialog.getByTestId('offer-register-submit').click();
    const card = page.getByTestId('offer-card');
    await card.getByTestId('offer-status').getByText("À signer par l'acquéreur").waitFor({ timeout: 60_000 });
  }, 90_000);

  it('the buyer signs it from the mail, on a phone', async () => {
    await signFromMail(browser, buyerEmail, 60_000);
    // The agent hears of it.
    await waitForMail({ to: agent.email, subjectIncludes: 'Offre signée', timeoutMs: 60_000 });
  }, 180_000);

  it('the agent records the seller’s acceptance with the dates and times; the property is under offer', async () => {
    await page.reload();
    const card = page.getByTestId('offer-card');
    await card.getByTestId('offer-answer').click({ timeout: STEP });
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('offer-preliminary-date').fill(dateIn(7));
    await dialog.getByTestId('offer-preliminary-time').fill('10:00');
    await dialog.getByTestId('offer-deed-date').fill(dateIn(21));
    await dialog.getByTestId('offer-deed-time').fill('14:30');
    await dialog.getByTestId('offer-deed-place').fill(NOTARY);
    await dialog.getByTestId('offer-answer-submit').click();
    await card.getByTestId('offer-status').getByText('Acceptée').waitFor({ timeout: STEP });
    await card.getByTestId('offer-dates').waitFor({ timeout: STEP });
    const stored = await adminDb().doc(paths.property(tenant.tenantId, property.id)).get();
    expect(stored.get('status')).toBe('under-offer');
    expect(stored.get('offerCount')).toBe(1);
    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      card.getByTestId('offer-open-signed').click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();
    await waitForMail({ to: buyerEmail, subjectIncludes: 'offre acceptée', timeoutMs: 60_000 });
  }, 90_000);

  it('the agent’s calendar shows the preliminary contract and the deed', async () => {
    await page.goto(`${runtime().adminUrl}/calendar?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByText('Agenda', { exact: true }).click({ timeout: STEP });
    const agenda = page.getByTestId('calendar-agenda');
    const preliminary = agenda.getByTestId('calendar-appointment').filter({ hasText: PRELIMINARY_TITLE });
    const deed = agenda.getByTestId('calendar-appointment').filter({ hasText: DEED_TITLE });
    await preliminary.waitFor({ timeout: STEP });
    await deed.waitFor({ timeout: STEP });
    expect(await preliminary.textContent()).toContain('10:00');
    expect(await deed.textContent()).toContain('14:30');
    await deed.click();
    await page.getByRole('dialog').getByText(NOTARY).waitFor({ timeout: STEP });
  }, 60_000);

  it('the buyer sees the accepted offer, its signed PDF and its dates in their client space, on a phone', async () => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      timezoneId: 'UTC',
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
    });
    const client = await context.newPage();
    const tenantQuery = `?tenant=${encodeURIComponent(tenant.tenantId)}`;
    await client.goto(`${runtime().clientUrl}/signin${tenantQuery}`, { timeout: STEP });
    await client.getByLabel('E-mail').fill(buyerEmail);
    await client.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await client.getByRole('button', { name: 'Se connecter' }).click();
    await client.getByTestId('greeting-card').waitFor({ timeout: STEP });
    await client.getByRole('link', { name: 'Offres' }).click();
    const card = client.getByTestId('client-offer-card');
    await card.getByTestId('client-offer-status').getByText('Acceptée').waitFor({ timeout: STEP });
    await card.getByText('Compromis le').waitFor({ timeout: STEP });
    expect(await card.count()).toBe(1);
    // The signed offer opens from the card, through files-download.
    const [download] = await Promise.all([
      client.waitForEvent('download', { timeout: STEP }),
      card.getByTestId('client-offer-signed-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await download.path()) ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    // Both signings are in their calendar, with the deed's place.
    await client.getByRole('link', { name: 'Calendrier' }).click();
    const appointments = client.getByTestId('client-appointment');
    await appointments.filter({ hasText: PRELIMINARY_TITLE }).waitFor({ timeout: STEP });
    const deed = appointments.filter({ hasText: DEED_TITLE });
    await deed.waitFor({ timeout: STEP });
    await deed.getByText(NOTARY).waitFor({ timeout: STEP });
    expect(await deed.getByTestId('client-appointment-when').textContent()).toContain('14:30');
    await context.close();
  }, 60_000);

  it('the agent opens the deal from the accepted offer, with its buyer and price', async () => {
    await page.goto(
      `${runtime().adminUrl}/properties/${property.id}/offers?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    const card = page.getByTestId('offer-card');
    await card.getByTestId('offer-open-deal').click({ timeout: STEP });
    const offerId = await card.getAttribute('data-offer-id');
    const dialog = page.getByRole('dialog');
    await dialog
      .getByTestId('deal-from-offer')
      .getByText(/Bérénice Acquéreuse/)
      .waitFor({ timeout: STEP });
    await dialog.getByTestId('deal-feesNet').fill('25000');
    await dialog.getByTestId('deal-notaryName').fill(NOTARY);
    await dialog.getByTestId('deal-open-submit').click();
    await page.waitForURL(/\/deals\?deal=offer-/, { timeout: STEP });
    await page.getByTestId('deal-detail').getByText('Bérénice Acquéreuse').waitFor({ timeout: STEP });
    const deals = await adminDb().collection(paths.deals(tenant.tenantId)).get();
    expect(deals.docs.map((deal) => [deal.id, deal.get('offerId'), deal.get('priceCents')])).toEqual([
      [`offer-${offerId}`, offerId, 52_500_000],
    ]);
  }, 60_000);
});

function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
