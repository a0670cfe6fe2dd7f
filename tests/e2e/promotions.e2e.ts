import { paths } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

describe('admin app: a tenant becomes a developer and runs its promotions', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let manager: TestUser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Promoteur Démo', locale: 'fr' });
    manager = await addActiveMember(tenant, 'manager', 'Maud Manager');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a new agency has no Promotions; the owner adds the developer capability and the entry appears', async () => {
    page = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await nav(page).getByRole('link', { name: 'Biens', exact: true }).waitFor({ timeout: STEP });
    expect(await nav(page).getByRole('link', { name: 'Promotions' }).count()).toBe(0);
    await page.goto(`${runtime().adminUrl}/promotions`);
    await page.waitForURL(/\/clients$/, { timeout: STEP });

    await nav(page).getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Activités' }).click();
    await page.waitForURL(/\/settings\/capabilities$/, { timeout: STEP });
    const agency = page.getByRole('checkbox', { name: 'Agence immobilière' });
    await agency.waitFor({ timeout: STEP });
    expect(await agency.isChecked()).toBe(true);

    // At least one: unticking the only one is refused before anything is saved.
    await agency.uncheck();
    await page.getByText('Choisissez au moins une activité.').waitFor({ timeout: STEP });
    expect(await page.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    await agency.check();

    await page.getByRole('checkbox', { name: "Bureau de vente d'un promoteur" }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Activités enregistrées').waitFor({ timeout: STEP });
    await nav(page).getByRole('link', { name: 'Promotions' }).waitFor({ timeout: STEP });
    await nav(page).getByRole('link', { name: 'Biens', exact: true }).waitFor({ timeout: STEP });

    const stored = await adminDb().doc(paths.tenant(tenant.tenantId)).get();
    expect(stored.get('capabilities')).toEqual(['agency', 'developer']);
  });

  it('the owner creates a promotion, is told what is wrong first, and sees it listed', async () => {
    await nav(page).getByRole('link', { name: 'Promotions' }).click();
    await page.waitForURL(/\/promotions$/, { timeout: STEP });
    await page.getByText('Aucune promotion').waitFor({ timeout: STEP });

    await page.getByRole('button', { name: 'Nouvelle promotion' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Скидка 7 % на двушки');
    await dialog.getByRole('textbox', { name: 'Du', exact: true }).fill('2026-03-10');
    await dialog.getByRole('textbox', { name: 'Au (inclus)', exact: true }).fill('2026-03-01');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('La fin ne peut pas précéder le début.').waitFor({ timeout: STEP });

    await dialog.getByRole('textbox', { name: 'Au (inclus)', exact: true }).fill('2099-12-31');
    await dialog.getByRole('textbox', { name: /Pourcentage retiré/ }).fill('7');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Promotion créée.').waitFor({ timeout: STEP });

    const row = page.getByTestId('promotions-table').getByRole('row', { name: /Скидка 7 % на двушки/ });
    await row.waitFor({ timeout: STEP });
    await row.getByText('−7 %').waitFor({ timeout: STEP });
    await row.getByText('En cours').waitFor({ timeout: STEP });

    const stored = await adminDb().collection(paths.promotions(tenant.tenantId)).get();
    expect(stored.docs.map((doc) => [doc.get('name'), doc.get('discount'), doc.get('endedAt')])).toEqual([
      ['Скидка 7 % на двушки', { kind: 'percent', percent: 7 }, null],
    ]);
  });

  it('ending and deleting each ask first', async () => {
    const row = page.getByTestId('promotions-table').getByRole('row', { name: /Скидка 7 %/ });
    await row.getByRole('button', { name: /Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Terminer maintenant' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Terminer la promotion' }).click();
    await page.getByText('Promotion terminée.').waitFor({ timeout: STEP });
    await row.getByText('Arrêtée').waitFor({ timeout: STEP });

    await row.getByRole('button', { name: /Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    expect((await adminDb().collection(paths.promotions(tenant.tenantId)).get()).size).toBe(1);

    await row.getByRole('button', { name: /Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.getByText('Promotion supprimée.').waitFor({ timeout: STEP });
    await page.getByText('Aucune promotion').waitFor({ timeout: STEP });
    expect((await adminDb().collection(paths.promotions(tenant.tenantId)).get()).size).toBe(0);
    await page.context().close();
  });

  it('a manager adds an instalment plan', async () => {
    const managerPage = await signInToAdmin(browser, tenant.tenantId, manager);
    await nav(managerPage).getByRole('link', { name: 'Promotions' }).click();
    await managerPage.getByText('Aucun paiement échelonné').waitFor({ timeout: STEP });
    await managerPage.getByRole('button', { name: 'Nouvel échéancier' }).click();
    const dialog = managerPage.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Рассрочка 12 месяцев');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await managerPage.getByText('Paiement échelonné enregistré.').waitFor({ timeout: STEP });
    await managerPage.getByTestId('plans-table').getByText('Рассрочка 12 месяцев').waitFor({ timeout: STEP });
    await managerPage.context().close();
  });
});
