import { paths } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

describe('admin app: a manager manages the mail templates, an agent does not see them', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let manager: TestUser;
  let agent: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Modèles', locale: 'fr' });
    manager = await addActiveMember(tenant, 'manager', 'Maud Manager');
    agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the manager opens Settings on the templates alone, creates one, and it is saved', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, manager);
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.waitForURL(/\/settings$/, { timeout: STEP });
    await page.getByRole('tab', { name: "Modèles d'e-mails" }).waitFor({ timeout: STEP });
    expect(await page.getByRole('tab').count()).toBe(1);

    await page.getByText("Aucun modèle pour l'instant").waitFor({ timeout: STEP });
    await page.getByTestId('mail-template-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('mail-template-name').fill('Relance visite');
    await dialog.getByTestId('mail-template-subject').fill('Votre visite de {{propertyReference}}');
    await dialog.getByTestId('mail-template-body').fill('Bonjour {{firstName}}, merci de votre visite.');
    await dialog.getByTestId('mail-template-save').click();
    await page.getByText('Modèle créé').waitFor({ timeout: STEP });
    await page.getByTestId('mail-template-row').getByText('Relance visite').waitFor({ timeout: STEP });

    const stored = await adminDb().collection(paths.mailTemplates(tenant.tenantId)).get();
    expect(stored.docs.map((doc) => [doc.get('name'), doc.get('subject'), doc.get('body')])).toEqual([
      ['Relance visite', 'Votre visite de {{propertyReference}}', 'Bonjour {{firstName}}, merci de votre visite.'],
    ]);

    // The other sections stay the owner's and admins': asked for by address, the templates open instead.
    await page.goto(`${runtime().adminUrl}/settings/branding`);
    await page.waitForURL(/\/settings\/mail-templates$/, { timeout: STEP });
    await page.getByTestId('mail-template-row').getByText('Relance visite').waitFor({ timeout: STEP });
    expect(await page.getByRole('tab', { name: 'Informations' }).count()).toBe(0);
    await page.context().close();
  });

  it('the agent has no Settings in the navigation, and the address leads back to the clients', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.getByRole('link', { name: 'Clients' }).first().waitFor({ timeout: STEP });
    expect(await page.getByRole('link', { name: 'Paramètres' }).count()).toBe(0);
    await page.goto(`${runtime().adminUrl}/settings/mail-templates`);
    await page.waitForURL(/\/clients$/, { timeout: STEP });
    expect(await page.getByTestId('mail-template-new').count()).toBe(0);
    await page.context().close();
  });
});
