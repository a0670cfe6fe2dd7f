import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

describe('admin app: changing a role or deactivating a collaborator ends their session at once', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Révocation', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
    manager = await addActiveMember(tenant, 'manager', 'Maud Manager');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs the open agent page out with the reason', async () => {
    const agentPage = await signInToAdmin(browser, tenant.tenantId, agent);
    await agentPage.getByRole('heading', { name: 'Clients' }).waitFor({ timeout: STEP });

    const owner = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
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

  it('signs the open page of a collaborator whose role changed out, and they come back with the new role', async () => {
    const managerPage = await signInToAdmin(browser, tenant.tenantId, manager);
    expect(await managerPage.getByRole('link', { name: 'Équipe' }).count()).toBe(0);

    const owner = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await owner.getByRole('link', { name: 'Équipe' }).click();
    const row = owner.getByTestId(`member-${manager.email}`);
    await row.waitFor({ timeout: STEP });
    await row.getByRole('textbox', { name: 'Rôle de Maud Manager' }).click();
    await owner.getByRole('option', { name: 'Administrateur' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Changer le rôle' }).click();
    await owner.getByText('Maud Manager est maintenant Administrateur').waitFor({ timeout: STEP });

    await managerPage.waitForURL(/\/signin/, { timeout: 30_000 });
    await managerPage
      .getByTestId('sign-out-reason')
      .getByText('Votre rôle a été modifié, reconnectez-vous')
      .waitFor({ timeout: STEP });
    await managerPage.getByLabel('E-mail').fill(manager.email);
    await managerPage.getByLabel('Mot de passe', { exact: true }).fill(manager.password);
    await managerPage.keyboard.press('Enter');
    await managerPage.waitForURL(/\/clients/, { timeout: STEP });
    await managerPage.getByRole('link', { name: 'Équipe' }).waitFor({ timeout: STEP });
  });

  it('hands ownership over: both sessions end and the new owner comes back as owner', async () => {
    const heir = await addActiveMember(tenant, 'admin', 'Hugo Héritier');
    const owner = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await owner.getByRole('link', { name: 'Équipe' }).click();
    const row = owner.getByTestId(`member-${heir.email}`);
    await row.waitFor({ timeout: STEP });
    await row.getByRole('button', { name: 'Actions pour Hugo Héritier' }).click();
    await owner.getByRole('menuitem', { name: 'Transférer la propriété' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Transférer la propriété' }).click();

    await owner.waitForURL(/\/signin/, { timeout: 30_000 });
    await owner.getByTestId('sign-out-reason').getByText('Votre rôle a été modifié').waitFor({ timeout: STEP });

    const heirPage = await signInToAdmin(browser, tenant.tenantId, heir);
    await heirPage.getByTestId('account-menu').getByText('Propriétaire').waitFor({ timeout: STEP });
  });
});
