import { paths } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** A French mobile no other journey of the run types: a duplicate here is the one this journey makes. */
const digits = String(Date.now()).slice(-8);
const mobile = { typed: `06 ${digits.replace(/(\d{2})(?=\d)/g, '$1 ')}`, e164: `+336${digits}` };
const landline = { typed: `01 ${digits.split('').reverse().join('').replace(/^0/, '1')}` };

async function contactIdByPhone(tenantId: string, e164: string): Promise<string[]> {
  const snapshot = await adminDb()
    .collection(paths.contacts(tenantId))
    .where('matchKeys', 'array-contains', `p:${e164}`)
    .get();
  return snapshot.docs.map((doc) => doc.id);
}

describe('admin app: an agent follows a prospect until it becomes a seller', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  const email = uniqueEmail('elodie');
  const otherEmail = uniqueEmail('jean');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Prospects', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a client prospect with two phones', async () => {
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    await page.getByText('Aucun prospect client').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Nouveau prospect' }).first().click();
    const form = page.getByRole('dialog', { name: 'Nouveau prospect client' });
    await form.waitFor({ timeout: STEP });
    await form.getByLabel('Prénom').fill('Élodie');
    await form.getByLabel('Nom', { exact: true }).fill('Lefèvre');
    await form.getByLabel('E-mail', { exact: true }).fill(email);
    await form.getByTestId('contact-phone-0').fill('12');
    await form.getByTestId('contact-phone-0').blur();
    await form.getByText('Numéro de téléphone invalide').waitFor({ timeout: STEP });
    await form.getByTestId('contact-phone-0').fill(mobile.typed);
    await form.getByText('Numéro de téléphone invalide').waitFor({ state: 'hidden', timeout: STEP });
    await form.getByRole('button', { name: 'Ajouter un téléphone' }).click();
    await form.getByTestId('contact-phone-1').fill(landline.typed);
    await form.getByRole('button', { name: 'Créer le prospect' }).click();
    await page.getByText('Élodie Lefèvre a été ajouté').waitFor({ timeout: STEP });

    const row = page.getByTestId('clients-table').getByRole('row').filter({ hasText: 'Élodie Lefèvre' });
    await row.waitFor({ timeout: STEP });
    expect(await row.textContent()).toContain('+33 6');
    const ids = await contactIdByPhone(tenant.tenantId, mobile.e164);
    expect(ids).toHaveLength(1);
    const stored = (
      await adminDb()
        .doc(paths.contact(tenant.tenantId, ids[0] as string))
        .get()
    ).data();
    expect(stored).toMatchObject({ kind: 'client-prospect', phone: mobile.e164 });
    expect(stored?.phones).toHaveLength(2);
  });

  it('logs a call in the prospect history', async () => {
    await page.getByRole('button', { name: 'Actions pour Élodie Lefèvre' }).click();
    await page.getByRole('menuitem', { name: 'Historique' }).click();
    await page.waitForURL(/\/clients\/[^/]+\/history/, { timeout: STEP });
    await page.getByRole('textbox', { name: 'Notes' }).fill('Appel : souhaite faire estimer sa maison.');
    await page.getByRole('button', { name: "Enregistrer l'action" }).click();
    await page.getByText("Action ajoutée à l'historique.").waitFor({ timeout: STEP });
    await page.goBack();
    await page.waitForURL(/\/clients(\?|$)/, { timeout: STEP });
  });

  it('is warned that another contact has the same phone, and merges it into the prospect', async () => {
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    await page.getByRole('button', { name: 'Nouveau prospect' }).first().click();
    const form = page.getByRole('dialog', { name: 'Nouveau prospect client' });
    await form.getByLabel('Prénom').fill('Jean');
    await form.getByLabel('Nom', { exact: true }).fill('Dupont');
    await form.getByLabel('E-mail', { exact: true }).fill(otherEmail);
    await form.getByTestId('contact-phone-0').fill(`+33 ${mobile.typed.slice(1)}`);
    await form.getByRole('button', { name: 'Créer le prospect' }).click();

    const matches = form.getByTestId('duplicate-matches');
    await matches.waitFor({ timeout: STEP });
    const match = matches.getByTestId('duplicate-match');
    expect(await match.count()).toBe(1);
    const text = await match.textContent();
    expect(text).toContain('Élodie Lefèvre');
    expect(text).toContain('Suivi par Sophie Agent');
    expect(text).toContain(`En commun : +33 6 ${mobile.typed.slice(3)}`);
    expect(await contactIdByPhone(tenant.tenantId, mobile.e164)).toHaveLength(1);

    await match.getByRole('button', { name: 'Fusionner dans celle-ci' }).click();
    await page
      .getByRole('dialog', { name: 'Fusionner dans celle-ci' })
      .getByRole('button', { name: 'Fusionner' })
      .click();
    await page.getByText('Les fiches ont été fusionnées.').waitFor({ timeout: STEP });

    // The kept prospect's file opens; it has the email of the merged one beside its own.
    await page.getByTestId('client-file-name').getByText('Élodie Lefèvre').waitFor({ timeout: STEP });
    const ids = await contactIdByPhone(tenant.tenantId, mobile.e164);
    expect(ids).toHaveLength(1);
    expect(page.url()).toContain(`/clients/${ids[0]}`);
    const kept = (
      await adminDb()
        .doc(paths.contact(tenant.tenantId, ids[0] as string))
        .get()
    ).data();
    expect(kept?.emails.map((item: { address: string }) => item.address)).toEqual([email, otherEmail]);

    await page.getByRole('link', { name: 'Retour aux clients' }).click();
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    const table = page.getByTestId('clients-table');
    await table.getByText('Élodie Lefèvre').waitFor({ timeout: STEP });
    expect(await table.getByText('Jean Dupont').count()).toBe(0);
  });

  it('converts the prospect into a seller, who keeps the call in the history', async () => {
    await page.getByRole('button', { name: 'Actions pour Élodie Lefèvre' }).click();
    await page.getByRole('menuitem', { name: 'Convertir en client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Convertir en client' });
    await dialog.getByRole('radio', { name: 'Vendeur' }).check();
    await dialog.getByRole('button', { name: 'Convertir' }).click();
    await page.getByText('Élodie Lefèvre est désormais client (Vendeur).').waitFor({ timeout: STEP });

    await page.getByRole('tab', { name: 'Clients', exact: true }).click();
    const row = page.getByTestId('clients-table').getByRole('row').filter({ hasText: 'Élodie Lefèvre' });
    await row.waitFor({ timeout: STEP });
    expect(await row.textContent()).toContain('Vendeur');

    await row.getByRole('button', { name: 'Actions pour Élodie Lefèvre' }).click();
    await page.getByRole('menuitem', { name: 'Historique' }).click();
    const list = page.getByTestId('history-list');
    await list.getByText('Appel : souhaite faire estimer sa maison.').waitFor({ timeout: STEP });
    await list.getByText('Prospect client converti en client (vendeur) par Sophie Agent.').waitFor({ timeout: STEP });
  });
});
