import { paths } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

describe('admin app, "own" visibility: an agent shares a prospect with a colleague, who finds and converts it', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let sophie: TestUser;
  let marc: TestUser;
  let contactId = '';
  const email = uniqueEmail('camille');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Partage', locale: 'fr' });
    sophie = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    marc = await addActiveMember(tenant, 'agent', 'Marc Collègue');
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Sophie creates a client prospect shared with Marc', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, sophie);
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    await page.getByRole('button', { name: 'Nouveau prospect' }).first().click();
    const form = page.getByRole('dialog', { name: 'Nouveau prospect client' });
    await form.waitFor({ timeout: STEP });
    await form.getByLabel('Prénom').fill('Camille');
    await form.getByLabel('Nom', { exact: true }).fill('Rousseau');
    await form.getByLabel('E-mail', { exact: true }).fill(email);
    const tags = form.getByLabel('Étiquettes');
    await tags.fill('estimation');
    await tags.press('Enter');
    const sharing = form.getByTestId('contact-shared-with');
    await sharing.click();
    // The assigned agent is not offered: she sees the contact anyway.
    await page.getByRole('option', { name: 'Marc Collègue' }).click();
    expect(await page.getByRole('option', { name: 'Sophie Agent' }).count()).toBe(0);
    await sharing.press('Tab');
    await form.getByRole('button', { name: 'Créer le prospect' }).click();
    await page.getByText('Camille Rousseau a été ajouté').waitFor({ timeout: STEP });

    const stored = await adminDb()
      .collection(paths.contacts(tenant.tenantId))
      .where('matchKeys', 'array-contains', `e:${email}`)
      .get();
    expect(stored.docs).toHaveLength(1);
    contactId = stored.docs[0]?.id ?? '';
    expect(stored.docs[0]?.data()).toMatchObject({
      assignedAgentUid: sophie.uid,
      sharedWithUids: [marc.uid],
      tags: ['estimation'],
    });
    await page.context().close();
  });

  it('Marc sees it in his list, finds it with the quick search and converts it from its file', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, marc);
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    const table = page.getByTestId('clients-table');
    await table.getByText('Camille Rousseau').waitFor({ timeout: STEP });
    // By tag, the list cannot ask the shared clause with the tag: it reads the shared contacts apart.
    await page.getByLabel('Étiquette', { exact: true }).fill('estimation');
    await table.getByText('Camille Rousseau').waitFor({ timeout: STEP });
    await page.getByLabel('Étiquette', { exact: true }).fill('vip');
    await table.getByText('Camille Rousseau').waitFor({ state: 'detached', timeout: STEP });
    await page.getByLabel('Étiquette', { exact: true }).fill('');

    // The search tokens come from contacts-onContactWritten: wait for them before typing.
    const deadline = Date.now() + STEP;
    const ref = adminDb().doc(paths.contact(tenant.tenantId, contactId));
    while (!Array.isArray((await ref.get()).get('searchTokens'))) {
      if (Date.now() > deadline) throw new Error('the contact got no search tokens');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await page.getByRole('heading', { name: 'Clients' }).click();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('rouss');
    const results = page.getByTestId('quick-search-results');
    await results.getByRole('option', { name: 'Camille Rousseau' }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/clients/${contactId}`), { timeout: STEP });
    await page.getByTestId('client-file-name').getByText('Camille Rousseau').waitFor({ timeout: STEP });

    // Marc may edit the file, not who holds it: the agent and the sharing are shown locked, with why.
    await page.getByRole('button', { name: 'Modifier' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier le client' });
    await edit.waitFor({ timeout: STEP });
    expect(await edit.getByTestId('contact-shared-with').isDisabled()).toBe(true);
    expect(await edit.getByTestId('contact-assigned-agent').isDisabled()).toBe(true);
    await edit.getByText('peuvent modifier le partage', { exact: false }).waitFor({ timeout: STEP });
    await edit.getByText('peuvent confier ce contact à un autre agent', { exact: false }).waitFor({ timeout: STEP });
    await edit.getByRole('button', { name: 'Annuler' }).click();

    await page.getByTestId('client-file-convert').click();
    const dialog = page.getByRole('dialog', { name: 'Convertir en client' });
    await dialog.getByRole('radio', { name: 'Vendeur' }).check();
    await dialog.getByRole('button', { name: 'Convertir' }).click();
    await page.getByText('Camille Rousseau est désormais client (Vendeur).').waitFor({ timeout: STEP });
    // The file reads itself again: a seller now, without the buyer's tabs nor a conversion left to do.
    await page.getByTestId('client-file-convert').waitFor({ state: 'detached', timeout: STEP });
    await page.getByTestId('client-tab-tracfin').waitFor({ state: 'detached', timeout: STEP });
    expect((await ref.get()).data()).toMatchObject({
      kind: 'client',
      clientType: 'seller',
      sharedWithUids: [marc.uid],
    });
  });
});
