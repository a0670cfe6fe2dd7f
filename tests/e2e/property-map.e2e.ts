import { paths } from '@estate/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

// The address service and the tile servers are outside this machine: the journey answers the one with a
// local fake that finds nothing, and cuts the other off as when offline, so the map must work bare.

/** The Base Adresse Nationale, faked: every search answers an empty collection. */
async function fakeAddressService(context: BrowserContext): Promise<string[]> {
  const asked: string[] = [];
  await context.route('https://api-adresse.data.gouv.fr/**', async (route) => {
    asked.push(new URL(route.request().url()).searchParams.get('q') ?? '');
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ type: 'FeatureCollection', features: [] }),
    });
  });
  return asked;
}

/** Every tile request fails as without a network. */
async function cutTileServers(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(openstreetmap\.(org|fr)|geopf\.fr|cartocdn\.com)\//, (route) =>
    route.abort('internetdisconnected'),
  );
}

describe('admin app: a property the address service does not know is placed with a pin, then found on the map', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let asked: string[] = [];
  let propertyId = '';
  let reference = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Repères', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Pia Repère');
    page = await signInToAdmin(browser, tenant.tenantId, agent);
    asked = await fakeAddressService(page.context());
    await cutTileServers(page.context());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the pin when the search finds nothing, drops it with a click and stores it as a pin', async () => {
    await page.getByRole('link', { name: 'Biens', exact: true }).click();
    await page.waitForURL(/\/properties$/, { timeout: STEP });
    await page.getByRole('button', { name: 'Nouveau bien' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titre').fill('Chalet au bout du chemin');
    await dialog.getByLabel('Prix').fill('415000');

    await dialog.getByLabel("Rechercher l'adresse").fill('Lieu-dit des Praz');
    await dialog
      .getByText('Aucune adresse trouvée : saisissez-la à la main et placez le repère sur la carte.')
      .waitFor({ timeout: STEP });
    expect(asked).toContain('Lieu-dit des Praz');
    await dialog.getByLabel('Ville').fill('Chamonix-Mont-Blanc');

    // Without tiles the map still opens, says so, and takes the pin.
    const map = dialog.getByTestId('property-pin-map');
    const canvas = map.locator('.leaflet-container');
    await canvas.waitFor({ timeout: STEP });
    await map.getByTestId('map-note').getByText('Fond de carte indisponible').waitFor({ timeout: STEP });
    await canvas.click();
    await map.getByRole('button', { name: 'Repère du bien' }).waitFor({ timeout: STEP });
    await expect.poll(() => dialog.getByLabel('Latitude').inputValue(), { timeout: STEP }).not.toBe('');
    const latitude = Number(await dialog.getByLabel('Latitude').inputValue());
    const longitude = Number(await dialog.getByLabel('Longitude').inputValue());
    // The agency has no address: the map opened on France, and the click fell at its centre.
    expect(Math.abs(latitude - 46.6)).toBeLessThan(1);
    expect(Math.abs(longitude - 2.45)).toBeLessThan(1);
    await dialog
      .getByTestId('property-location')
      .getByText(/^Position : /)
      .waitFor({ timeout: STEP });

    await dialog.getByRole('button', { name: 'Créer le bien' }).click();
    await page.waitForURL(/\/properties\/[^/]+$/, { timeout: STEP });
    const heading = page.getByRole('heading', { name: /^V-\d{5} · Chalet au bout du chemin$/ });
    await heading.waitFor({ timeout: STEP });
    reference = ((await heading.textContent()) ?? '').slice(0, 7);
    propertyId = page.url().split('/').at(-1) ?? '';

    const stored = (await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).data();
    expect(stored?.location).toMatchObject({ latitude, longitude, source: 'pin' });
    expect(stored?.location?.geohash).toMatch(/^[0-9bcdefghjkmnpqrstuvwxyz]{10}$/);
    expect(stored?.address).toMatchObject({ city: 'Chamonix-Mont-Blanc' });

    // Its General tab shows the position on a small map.
    await page
      .getByTestId('property-location-map')
      .getByRole('button', { name: `${reference} · Chalet au bout du chemin` })
      .waitFor({ timeout: STEP });
  });

  it("shows it as a marker in the list's map view, whose popup leads to it", async () => {
    await page.getByRole('link', { name: 'Biens', exact: true }).click();
    await page.waitForURL(/\/properties$/, { timeout: STEP });
    await page.getByTestId('properties-table').getByText(reference).waitFor({ timeout: STEP });
    await page.getByTestId('properties-view').getByText('Carte', { exact: true }).click();
    await page.waitForURL(/\/properties\?view=map$/, { timeout: STEP });

    const marker = page
      .getByTestId('properties-map')
      .getByRole('button', { name: `${reference} · Chalet au bout du chemin` });
    await marker.click({ timeout: STEP });
    const popup = page.getByTestId('property-map-popup');
    await popup.getByText(reference, { exact: true }).waitFor({ timeout: STEP });
    await popup.getByText('Chalet au bout du chemin').waitFor();
    await popup.getByText(/^415\s000\s€$/).waitFor();
    await popup.getByRole('link', { name: 'Ouvrir le bien' }).click();
    await page.waitForURL(new RegExp(`/properties/${propertyId}$`), { timeout: STEP });

    // Back from the property, the list opens on its map again.
    await page.goBack();
    await page.getByTestId('properties-map').waitFor({ timeout: STEP });
  });
});
