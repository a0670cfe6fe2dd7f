import { CALLABLES, paths, type SavePropertyResult } from '@estate/domain';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStorage } from 'firebase-admin/storage';
import { adminAuth, adminDb } from '../support/admin';
import { projectId } from '../support/emulator-env';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

const DVF_FILE = fileURLToPath(new URL('../../domain/src/estimations/dvf-fixtures/geolocated.csv', import.meta.url));

describe('admin app: an agent estimates a property from DVF and typed comparable sales', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let propertyId = '';

  const estimations = async () =>
    (await adminDb().collection(paths.estimations(tenant.tenantId, propertyId)).get()).docs.map((doc) => doc.data());

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Estimation', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Élise Estime');
    ({ propertyId } = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `estimation${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'T3 République',
          propertyType: 'apartment',
          address: { street: '14 rue de la République', postalCode: '13002', city: 'Marseille' },
          price: 250_000,
          surface: 61,
          rooms: 3,
          status: 'estimation',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    ));
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the Estimations tab on its empty state', async () => {
    await page.goto(`${new URL(page.url()).origin}/properties/${propertyId}/estimations`);
    await page.getByRole('tab', { name: 'Estimations' }).waitFor({ timeout: STEP });
    await page.getByText('Aucune estimation').waitFor({ timeout: STEP });
  });

  it('imports the sales of a DVF file that compare with the property', async () => {
    await page.getByRole('button', { name: 'Nouvelle estimation' }).click();
    await page.getByRole('button', { name: 'Importer des ventes DVF' }).click();
    const chooser = page.waitForEvent('filechooser', { timeout: STEP });
    await page.getByRole('button', { name: 'Choisir un fichier DVF' }).click();
    await (await chooser).setFiles(DVF_FILE);
    await page
      .getByTestId('dvf-summary')
      .getByText('3 ventes utilisables sur 10 lignes (DVF géolocalisées).')
      .waitFor({ timeout: STEP });
    await page.getByText('1 ventes de plusieurs logements ou locaux (prix non attribuable)').waitFor({ timeout: STEP });
    // Filtered for the property from the start: flats of 42 to 80 m² in 13002.
    await page.getByTestId('dvf-matching').getByText('1 ventes correspondent aux filtres').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Tout sélectionner' }).click();
    await page.getByRole('button', { name: 'Ajouter 1 vente', exact: true }).click();
    await page
      .getByTestId('comparables')
      .getByText('12 Rue de la Republique, 13002 Marseille 2e Arrondissement')
      .waitFor({ timeout: STEP });
  });

  it('refuses a typed sale without its surface, then adds it once complete', async () => {
    await page.getByLabel('Adresse').fill('3 rue Colbert');
    await page.getByLabel('Code postal').fill('13001');
    await page.getByLabel('Commune').fill('Marseille');
    await page.getByLabel('Date de vente').fill('2025-09-12');
    await page.getByLabel('Prix').fill('230000');
    await page.getByRole('button', { name: 'Ajouter la vente' }).click();
    await page.getByText('Un nombre supérieur à 0.').waitFor({ timeout: STEP });
    await page.getByLabel('Surface (m²)').fill('58');
    await page.getByRole('button', { name: 'Ajouter la vente' }).click();
    await page.getByTestId('comparables').getByText('3 rue Colbert, 13001 Marseille').waitFor({ timeout: STEP });
  });

  it('takes the range the comparables suggest, refuses a low value above the high one, and saves', async () => {
    const summary = page.getByTestId('comparables-summary');
    await summary.getByText(/Pour 61 m², cela donne 241\s000\s€ – 242\s000\s€\./).waitFor({ timeout: STEP });
    await summary.getByRole('button', { name: 'Reprendre cette fourchette' }).click();
    await page.getByLabel('Valeur basse').fill('260000');
    await page.getByRole('button', { name: "Enregistrer l'estimation" }).click();
    await page.getByText('La valeur basse dépasse la valeur haute.').waitFor({ timeout: STEP });
    expect(await estimations()).toEqual([]);
    await page.getByLabel('Valeur basse').fill('235000');
    await page.getByLabel('Valeur haute').fill('255000');
    await page.getByLabel('Notes').fill('Traversant, cuisine à refaire.');
    await page.getByRole('button', { name: "Enregistrer l'estimation" }).click();
    const card = page.getByTestId('estimation');
    await card.getByText(/235\s000\s€ – 255\s000\s€/).waitFor({ timeout: STEP });
    await card.getByText(/2 ventes comparables · Médiane : 3\s959\s€\/m²/).waitFor({ timeout: STEP });
    await card.getByText('Par comparaison').waitFor({ timeout: STEP });
    const [stored] = await estimations();
    expect(stored).toMatchObject({
      low: 235_000,
      high: 255_000,
      method: 'comparison',
      notes: 'Traversant, cuisine à refaire.',
    });
    expect(stored?.comparables.map((sale: { source: string }) => sale.source)).toEqual(['dvf', 'manual']);
  });

  it('opens the appraisal PDF in a new tab, rendered in the agency’s branding', async () => {
    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      page.getByTestId('estimation').getByRole('button', { name: 'Avis de valeur (PDF)' }).click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();
    const [stored] = await estimations();
    const [pdf] = await getStorage(adminAuth().app)
      .bucket(`${projectId}.appspot.com`)
      .file(paths.appraisalFile(tenant.tenantId, propertyId, String(stored?.id)))
      .download();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('deletes the estimation after confirmation', async () => {
    await page.getByTestId('estimation').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Aucune estimation').waitFor({ timeout: STEP });
    expect(await estimations()).toEqual([]);
  });
});
