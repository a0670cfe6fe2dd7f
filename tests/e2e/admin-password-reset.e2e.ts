import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { linkIn, oobCodeOf, waitForMail } from '../support/maildev';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';

describe('admin app: password reset through the mailed link', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Oubli', locale: 'fr' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for a reset, follows the mail, sets a new password and signs in with it', async () => {
    const page = await browser.newPage();
    const adminUrl = runtime().adminUrl;
    await page.goto(`${adminUrl}/signin?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL(/\/reset/, { timeout: STEP });
    await page.getByLabel('E-mail').fill(tenant.owner.email);
    await page.keyboard.press('Enter');
    await page.getByTestId('reset-sent').waitFor({ timeout: STEP });

    const mail = await waitForMail({ to: tenant.owner.email, subjectIncludes: 'mot de passe', timeoutMs: 30_000 });
    const link = linkIn(mail, '/reset');
    // Every tenant shares the emulator's port: replay the code on the admin app this tab is pinned to.
    await page.goto(`${adminUrl}/reset?oobCode=${encodeURIComponent(oobCodeOf(link))}`);
    const newPassword = 'Fresh-pass-2026';
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByLabel('Confirmer le mot de passe').fill(newPassword);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/signin/, { timeout: STEP });
    await page.getByText('Votre mot de passe a été modifié').waitFor({ timeout: STEP });
    await page.getByLabel('E-mail').fill(tenant.owner.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients/, { timeout: STEP });
    await page.getByRole('heading', { name: 'Clients' }).waitFor({ timeout: STEP });
  });

  it('explains an invalid reset link', async () => {
    const page = await browser.newPage();
    await page.goto(`${runtime().adminUrl}/reset?oobCode=not-a-code&tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByTestId('reset-invalid').waitFor({ timeout: STEP });
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).waitFor({ timeout: STEP });
  });
});
