import { paths, type Contact } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function seedSeller(tenantId: string, agentUid: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    clientType: 'seller',
    firstName: 'Hélène',
    lastName: 'Vendôme',
    emails: [{ address: `helene.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  return ref.id;
}

/** Picks an option of a Mantine Select by its label, inside `scope`. */
async function choose(page: Page, scope: Page | ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('admin app: an agent lists a property with the full form, then archives and deletes it', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let sellerId = '';
  let propertyUrl = '';
  let reference = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Portes', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Paul Portes');
    sellerId = await seedSeller(tenant.tenantId, agent.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a house with every section of the form and its seller', async () => {
    await page.getByRole('link', { name: 'Biens', exact: true }).click();
    await page.waitForURL(/\/properties$/, { timeout: STEP });
    await page.getByRole('button', { name: 'Nouveau bien' }).first().click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Type de bien', 'Maison');
    await dialog.getByLabel('Titre').fill('Maison de maître avec jardin');
    await dialog.getByLabel('Vendeurs').fill('Vend');
    await page.getByRole('option', { name: 'Hélène Vendôme' }).click();

    // A missing price is told on its field, and nothing is sent.
    await dialog.getByRole('button', { name: 'Créer le bien' }).click();
    await dialog.getByText('Certains champs sont à corriger').waitFor({ timeout: STEP });

    await dialog.getByLabel('Adresse', { exact: true }).fill('8 rue des Lilas');
    await dialog.getByLabel("Complément d'adresse").fill('Portail vert');
    await dialog.getByLabel('Code postal').fill('69003');
    await dialog.getByLabel('Ville').fill('Lyon');
    await dialog.getByLabel('Surface habitable (m²)').fill('180');
    await dialog.getByLabel('Surface du terrain (m²)').fill('650');
    await dialog.getByLabel('Pièces').fill('7');
    await dialog.getByLabel('Chambres').fill('4');
    await dialog.getByLabel('Année de construction').fill('1905');
    await choose(page, dialog, 'Chauffage', 'Individuel');
    await dialog.getByLabel('Consommation (kWh/m²·an)').fill('150');
    await dialog.getByLabel('Émissions (kg CO2/m²·an)').fill('20');
    await dialog.getByLabel('Jardin').check();
    await dialog.getByLabel('Garage').check();
    // The required price's label ends with Mantine's asterisk, so it is matched as a part.
    await dialog.getByLabel('Prix').fill('890000');
    await dialog.getByLabel("Honoraires d'agence").fill('4');
    await dialog.getByLabel('Taxe foncière annuelle').fill('2400');
    await dialog.getByRole('tab', { name: 'Anglais' }).click();
    await dialog.getByLabel('Descriptions · Anglais').fill('A mansion with a garden.');
    await dialog.getByRole('tab', { name: 'Français' }).click();
    await dialog.getByLabel('Descriptions · Français').fill('Une maison de maître avec son jardin.');
    await dialog.getByLabel('Note privée').fill('Vendeur prêt à baisser à 850 000.');
    await dialog.getByLabel("Lien de l'annonce d'origine").fill('https://www.example.com/annonce/8');
    await dialog.getByRole('button', { name: 'Créer le bien' }).click();

    await page.waitForURL(/\/properties\/[^/]+$/, { timeout: STEP });
    const heading = page.getByRole('heading', { name: /^V-\d{5} · Maison de maître avec jardin$/ });
    await heading.waitFor({ timeout: STEP });
    reference = ((await heading.textContent()) ?? '').slice(0, 7);
    propertyUrl = page.url();
    await page.getByTestId('property-private-note').getByText('Jamais montré aux clients').waitFor({ timeout: STEP });
    await page.getByTestId('property-private-note').getByText('Vendeur prêt à baisser à 850 000.').waitFor();
    await page.getByRole('link', { name: 'Hélène Vendôme' }).waitFor({ timeout: STEP });

    const propertyId = propertyUrl.split('/').at(-1) ?? '';
    const stored = (await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).data();
    expect(stored).toMatchObject({
      propertyType: 'house',
      status: 'estimation',
      address: { street: '8 rue des Lilas', complement: 'Portail vert', city: 'Lyon', postalCode: '69003' },
      landSurface: 650,
      bedrooms: 4,
      yearBuilt: 1905,
      heating: { type: 'individual', energy: null },
      // The classes follow the values on the 2021 scale: 150 kWh is C, 20 kg is C.
      dpe: { energyValue: 150, climateValue: 20, energyClass: 'C', climateClass: 'C' },
      features: ['garden', 'garage'],
      fees: { payer: 'buyer', kind: 'percent', value: 4 },
      propertyTax: 2400,
      descriptions: { fr: 'Une maison de maître avec son jardin.', en: 'A mansion with a garden.', ru: '' },
      privateNote: 'Vendeur prêt à baisser à 850 000.',
      sourceUrl: 'https://www.example.com/annonce/8',
      showSourceUrlToClients: false,
      sellerContactIds: [sellerId],
      cityKey: 'lyon',
    });
  });

  it('puts it online from its page, which the history tells', async () => {
    await page.getByTestId('property-status-menu').click();
    await page.getByRole('menuitem', { name: 'En ligne' }).click();
    await page.getByText('Statut changé : En ligne.').waitFor({ timeout: STEP });
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page
      .getByTestId('history-list')
      .getByText('Paul Portes : statut « Estimation » → « En ligne »')
      .waitFor({ timeout: STEP });
  });

  it('finds it in the list by city, then archives it, after which it leaves the active list', async () => {
    await page.goto(propertyUrl.replace(/\/properties\/.*$/, '/properties'));
    const filters = page.getByTestId('property-filters');
    await filters.getByLabel('Ville').fill('lyon');
    await page.getByTestId('properties-table').getByText(reference).waitFor({ timeout: STEP });
    await filters.getByLabel('Ville').fill('Marseille');
    await page.getByText('Aucun bien pour ces filtres').waitFor({ timeout: STEP });
    await filters.getByLabel('Ville').fill('');

    await page.goto(propertyUrl);
    await page.getByRole('button', { name: 'Archiver' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
    await page.getByText('Statut changé : Archivé.').waitFor({ timeout: STEP });

    await page.goto(propertyUrl.replace(/\/properties\/.*$/, '/properties'));
    await page.getByText("Aucun bien pour l'instant").waitFor({ timeout: STEP });
    await choose(page, page.getByTestId('property-filters'), 'Statut', 'Archivé');
    await page.getByTestId('properties-table').getByText(reference).waitFor({ timeout: STEP });
  });

  it('deletes it once its reference is typed', async () => {
    await page.goto(propertyUrl);
    await page.getByRole('button', { name: 'Supprimer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('property-delete-confirm').fill('V-99999');
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await dialog.getByText("La référence tapée n'est pas celle du bien.").waitFor({ timeout: STEP });
    await dialog.getByTestId('property-delete-confirm').fill(reference);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.waitForURL(/\/properties$/, { timeout: STEP });
    await page.getByText(`Bien ${reference} supprimé.`).waitFor({ timeout: STEP });
    const propertyId = propertyUrl.split('/').at(-1) ?? '';
    expect((await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).exists).toBe(false);
  });
});
