import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { linkIn, waitForMail } from '../support/maildev';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';

const PASSWORD = 'Collab-pass-2026';

async function signUpAndAsk(browser: Browser, tenantId: string, name: string): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext()).newPage();
  const email = uniqueEmail('collaborator');
  await page.goto(`${runtime().adminUrl}/firstlogin?tenant=${encodeURIComponent(tenantId)}`);
  await page.getByLabel('Nom complet').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
  await page.keyboard.press('Enter');
  // The request waits for the address to be confirmed: the link comes by mail, in the agency's colours.
  await page.getByTestId('unverified-screen').waitFor({ timeout: 30_000 });
  await page.getByText('Confirmez votre adresse e-mail').waitFor({ timeout: STEP });
  return { page, email };
}

/** Opens the last verification link mailed to `email` in the requester's tab: the request then leaves. */
async function confirmAddress(page: Page, email: string, after = 0): Promise<void> {
  const mail = await waitForMail({ to: email, subjectIncludes: 'Confirmez votre adresse', after });
  await page.goto(linkIn(mail, '/verify'));
  await page.getByTestId('pending-screen').waitFor({ timeout: 30_000 });
  await page.getByText('Demande envoyée, en attente de validation').waitFor({ timeout: STEP });
}

async function requestAccess(browser: Browser, tenantId: string, name: string): Promise<{ page: Page; email: string }> {
  const requested = await signUpAndAsk(browser, tenantId, name);
  await confirmAddress(requested.page, requested.email);
  return requested;
}

async function ownerOnTeam(browser: Browser, tenant: TestTenant): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${runtime().adminUrl}/signin?tenant=${encodeURIComponent(tenant.tenantId)}`);
  await page.getByLabel('E-mail').fill(tenant.owner.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(tenant.owner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/clients/, { timeout: STEP });
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.waitForURL(/\/team/, { timeout: STEP });
  return page;
}

describe('admin app: a collaborator asks for access and the owner decides', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Accès', locale: 'fr' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a sign-up reaches the team only once its address is confirmed through the mailed link', async () => {
    const owner = await ownerOnTeam(browser, tenant);
    const collaborator = await signUpAndAsk(browser, tenant.tenantId, 'Victor Vérifié');
    await collaborator.page.getByText(collaborator.email, { exact: false }).waitFor({ timeout: STEP });
    // Nothing was written for the agency: the owner's live team list has no request from this address.
    expect(await owner.getByTestId(`pending-${collaborator.email}`).count()).toBe(0);

    // Not confirmed yet: the screen says so. Then a second link, and the last one opens the way.
    await collaborator.page.getByRole('button', { name: "J'ai confirmé mon adresse" }).click();
    await collaborator.page.getByText("Votre adresse n'est pas encore confirmée").waitFor({ timeout: STEP });
    await waitForMail({ to: collaborator.email, subjectIncludes: 'Confirmez votre adresse' });
    await collaborator.page.getByRole('button', { name: 'Renvoyer le lien' }).click();
    await collaborator.page
      .getByText(`Un nouveau lien a été envoyé à ${collaborator.email}`)
      .waitFor({ timeout: STEP });
    await confirmAddress(collaborator.page, collaborator.email, 1);

    await owner.getByTestId(`pending-${collaborator.email}`).waitFor({ timeout: STEP });
    await owner.getByText('Victor Vérifié').first().waitFor({ timeout: STEP });
  });

  it('an approved collaborator enters the app by themself, with Clients but not Team', async () => {
    const collaborator = await requestAccess(browser, tenant.tenantId, 'Paul Girard');
    const owner = await ownerOnTeam(browser, tenant);

    const request = owner.getByTestId(`pending-${collaborator.email}`);
    await request.waitFor({ timeout: STEP });
    await request.getByRole('button', { name: 'Accepter' }).click();
    await owner.getByText('Paul Girard a rejoint').waitFor({ timeout: STEP });

    await collaborator.page.waitForURL(/\/clients/, { timeout: 30_000 });
    await collaborator.page.getByRole('link', { name: 'Clients' }).waitFor({ timeout: STEP });
    await collaborator.page.getByRole('heading', { name: 'Clients' }).waitFor({ timeout: STEP });
    expect(await collaborator.page.getByRole('link', { name: 'Équipe' }).count()).toBe(0);
    expect(await collaborator.page.getByRole('link', { name: 'Paramètres' }).count()).toBe(0);

    await owner.getByTestId(`member-${collaborator.email}`).getByText('Actif').waitFor({ timeout: STEP });
  });

  it('a rejected collaborator sees the refusal and nothing of the agency', async () => {
    const collaborator = await requestAccess(browser, tenant.tenantId, 'Eve Rejet');
    const owner = await ownerOnTeam(browser, tenant);

    const request = owner.getByTestId(`pending-${collaborator.email}`);
    await request.waitFor({ timeout: STEP });
    await request.getByRole('button', { name: 'Refuser' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Refuser' }).click();
    await owner.getByText('Demande de Eve Rejet refusée').waitFor({ timeout: STEP });

    await collaborator.page.getByTestId('rejected-screen').waitFor({ timeout: 30_000 });
    await collaborator.page.getByText('Votre demande a été refusée').waitFor({ timeout: STEP });
    expect(await collaborator.page.getByRole('link', { name: 'Clients' }).count()).toBe(0);
    expect(await collaborator.page.getByTestId('clients-table').count()).toBe(0);

    await collaborator.page.goto(`${runtime().adminUrl}/clients`);
    await collaborator.page.getByTestId('rejected-screen').waitFor({ timeout: STEP });
    await collaborator.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await collaborator.page.waitForURL(/\/signin/, { timeout: STEP });
  });
});
