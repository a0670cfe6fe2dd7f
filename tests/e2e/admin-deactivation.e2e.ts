import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function signInOn(browser: Browser, tenantId: string, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${runtime().adminUrl}/signin?tenant=${encodeURIComponent(tenantId)}`);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(user.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/clients/, { timeout: STEP });
  return page;
}

describe('admin app: deactivating a collaborator ends their session at once', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Révocation', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs the open agent page out with the reason', async () => {
    const agentPage = await signInOn(browser, tenant.tenantId, agent);
    await agentPage.getByRole('heading', { name: 'Clients' }).waitFor({ timeout: STEP });

    const owner = await signInOn(browser, tenant.tenantId, tenant.owner);
    await owner.getByRole('link', { name: 'Équipe' }).click();
    const row = owner.getByTestId(`member-${agent.email}`);
    await row.waitFor({ timeout: STEP });
    await row.getByRole('button', { name: 'Actions pour Alex Agent' }).click();
    await owner.getByRole('menuitem', { name: 'Désactiver' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByText('sera déconnecté immédiatement').waitFor({ timeout: STEP });
    await dialog.getByRole('button', { name: 'Désactiver' }).click();
    await owner.getByText('Le compte de Alex Agent est désactivé').waitFor({ timeout: STEP });
    await row.getByText('Désactivé').waitFor({ timeout: STEP });

    await agentPage.waitForURL(/\/signin/, { timeout: 30_000 });
    await agentPage.getByTestId('sign-out-reason').getByText('Votre compte a été désactivé').waitFor({ timeout: STEP });
  });
});
