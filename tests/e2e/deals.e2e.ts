import { paths, propertySchema, searchQueryToken, type Contact, type Property } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../functions/function-fixtures';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** What the agent types in the buyer picker. */
const BUYER_TYPED = 'Acquér';

/**
 * A sale closes: the agent opens the deal on the property with the accepted price and the fees, and
 * records the preliminary contract; the owner gives the agent a plan of the agency's own (Settings ›
 * Commissions), records the fees as collected, and the deal shows how they were split by that plan.
 */
describe('admin app: a sale becomes a deal, and its fees are split when collected', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let property: Property;
  let agentPage: Page;
  let ownerPage: Page;

  const dealsUrl = () => `${runtime().adminUrl}/deals?tenant=${encodeURIComponent(tenant.tenantId)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Affaires', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Affaire');
    const contacts = adminDb().collection(paths.contacts(tenant.tenantId));
    const sellerRef = contacts.doc();
    const buyerRef = contacts.doc();
    const person = (id: string, firstName: string, lastName: string, clientType: 'seller' | 'buyer'): Contact =>
      contactDoc({
        id,
        firstName,
        lastName,
        emails: [{ address: uniqueEmail(clientType), label: 'personal' }],
        clientType,
        assignedAgentUid: agent.uid,
        createdBy: agent.uid,
      });
    await Promise.all([
      sellerRef.set(person(sellerRef.id, 'Paul', 'Vendeur', 'seller')),
      buyerRef.set(person(buyerRef.id, 'Bérénice', 'Acquéreuse', 'buyer')),
    ]);
    const propertyRef = adminDb().collection(paths.properties(tenant.tenantId)).doc();
    const now = new Date();
    property = propertySchema.parse({
      id: propertyRef.id,
      reference: 'V-00314',
      dealType: 'sale',
      title: 'Maison Croix-Rousse',
      propertyType: 'house',
      address: { postalCode: '69004', city: 'Lyon' },
      price: 390_000,
      surface: 110,
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
    [agentPage, ownerPage] = await Promise.all([
      signInToAdmin(browser, tenant.tenantId, agent),
      signInToAdmin(browser, tenant.tenantId, tenant.owner),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the agent opens the deal with the accepted price and the fees', async () => {
    await agentPage.goto(dealsUrl());
    await agentPage.getByText('Aucune affaire pour l’instant').waitFor({ timeout: STEP });
    await agentPage.getByTestId('deal-open').click();
    const dialog = agentPage.getByRole('dialog');
    await dialog.getByTestId('deal-property').fill('V-00314');
    await agentPage.getByRole('option', { name: 'V-00314 · Maison Croix-Rousse' }).click({ timeout: STEP });
    await dialog.getByLabel('Acquéreur', { exact: true }).fill(BUYER_TYPED);
    await agentPage.getByRole('option', { name: 'Bérénice Acquéreuse' }).click({ timeout: STEP });
    await dialog.getByTestId('deal-buyer-picked').getByText('Bérénice Acquéreuse').waitFor({ timeout: STEP });
    await dialog.getByTestId('deal-price').fill('385000');
    await dialog.getByTestId('deal-acceptedAt').fill('2026-11-20');
    await dialog.getByTestId('deal-feesNet').fill('12500');
    // The notary collects by default: the office is asked for before anything is sent.
    await dialog.getByTestId('deal-open-submit').click();
    await dialog.getByText('Ce champ est obligatoire').first().waitFor({ timeout: STEP });
    await dialog.getByTestId('deal-notaryName').fill('Étude Durand');
    await dialog.getByTestId('deal-open-submit').click();

    const detail = agentPage.getByTestId('deal-detail');
    await detail
      .getByTestId('deal-fees-net')
      .getByText(/12\s500,00\s€/)
      .waitFor({ timeout: STEP });
    await detail.getByTestId('deal-stage').getByText('Offre acceptée').waitFor({ timeout: STEP });
    const stored = await adminDb().collection(paths.deals(tenant.tenantId)).get();
    expect(stored.docs.map((doc) => doc.get('priceCents'))).toEqual([38_500_000]);
  }, 90_000);

  it('records the preliminary contract, refusing a date before the acceptance', async () => {
    const detail = agentPage.getByTestId('deal-detail');
    await detail.getByTestId('deal-preliminary-at').fill('2026-11-10');
    await detail.getByTestId('deal-record-preliminary').click();
    await detail.getByText('Cette date précède l’étape qu’elle suit, ou suit l’acte prévu.').waitFor({ timeout: STEP });
    await detail.getByTestId('deal-preliminary-at').fill('2026-11-28');
    await detail.getByTestId('deal-deposit').fill('19250');
    await detail.getByTestId('deal-record-preliminary').click();
    await detail
      .getByTestId('deal-preliminary')
      .getByText(/signé le .*19\s250,00\s€/)
      .waitFor({ timeout: STEP });
    await detail.getByTestId('deal-stage').getByText('Compromis signé').waitFor({ timeout: STEP });
    await agentPage.keyboard.press('Escape');
    await agentPage.getByTestId('deal-row').getByText('Bérénice Acquéreuse').waitFor({ timeout: STEP });
    // An agent records no collection: the owner and admins do.
    await agentPage.getByTestId('deal-row').click();
    await agentPage.getByText('Les honoraires ne sont pas encore encaissés.').waitFor({ timeout: STEP });
    expect(await agentPage.getByTestId('deal-collect').count()).toBe(0);
  }, 60_000);

  it('the owner gives the agent a plan of the agency’s own in Settings › Commissions', async () => {
    await ownerPage.goto(`${runtime().adminUrl}/settings/commissions?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await ownerPage.getByTestId('commission-plan-add').click({ timeout: STEP });
    const plan = ownerPage.getByTestId('commission-plan').last();
    await plan.getByTestId('commission-plan-name').fill('Maison');
    await plan.getByTestId('commission-plan-percent').fill('60');
    await ownerPage.getByTestId('commission-plans-save').click();
    await ownerPage.getByText('Formules enregistrées').waitFor({ timeout: STEP });
    const row = ownerPage.getByTestId('commission-team-member').filter({ hasText: 'Alice Affaire' });
    await row.getByTestId('commission-team-plan').click();
    await ownerPage.getByRole('option', { name: 'Maison', exact: true }).click({ timeout: STEP });
    await row
      .getByTestId('commission-team-history')
      .getByText(/Maison depuis le/)
      .waitFor({ timeout: STEP });
  }, 60_000);

  it('the owner records the fees as collected and sees them split by the agent’s plan', async () => {
    await ownerPage.goto(dealsUrl());
    await ownerPage.getByTestId('deal-row').getByText('Bérénice Acquéreuse').click({ timeout: STEP });
    const detail = ownerPage.getByTestId('deal-detail');
    await detail.getByTestId('deal-collected-at').fill('2026-12-05');
    await detail.getByTestId('deal-collect').click();
    await ownerPage.getByRole('button', { name: 'Enregistrer l’encaissement' }).last().click();
    const split = detail.getByTestId('deal-split');
    // Maison: 60 % of the 12 500 € of fees to the agent, the rest to the network.
    await split
      .getByTestId('deal-split-agent')
      .getByText(/7\s500,00\s€/)
      .waitFor({ timeout: STEP });
    await split
      .getByTestId('deal-split-network')
      .getByText(/5\s000,00\s€/)
      .waitFor({ timeout: STEP });
    await split.getByText(/formule Maison, 60 %/).waitFor({ timeout: STEP });
    await detail
      .getByTestId('deal-stage')
      .getByText(/honoraires encaissés/)
      .waitFor({ timeout: STEP });
    // In the list, the agent's commission is now due, waiting for the morning run's invoice.
    await ownerPage.keyboard.press('Escape');
    const commission = ownerPage
      .getByTestId('deal-row')
      .filter({ hasText: 'Alice Affaire' })
      .first()
      .getByTestId('deal-commission');
    await commission.getByText('À facturer').waitFor({ timeout: STEP });
    await commission.getByText(/7\s500,00\s€/).waitFor({ timeout: STEP });
  }, 60_000);
});
