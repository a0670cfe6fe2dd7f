import { CALLABLES, paths, type SavePropertyResult } from '@estate/domain';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, signInToClient, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { uniqueEmail } from '../support/users';

// The address service and the tile servers are outside this machine: the client's phone gets a local fake
// of the address service that knows one address; the agent's browser finds it down, so the agent places
// the point with the pin. Tiles are cut off as when offline: the maps work bare.

const OFFICE = { label: '10 Rue de la République 69001 Lyon', latitude: 45.7655, longitude: 4.8358 };

async function addressService(context: BrowserContext, up: boolean): Promise<void> {
  await context.route('https://api-adresse.data.gouv.fr/**', async (route) => {
    if (!up) {
      await route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' }, body: '' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [OFFICE.longitude, OFFICE.latitude] },
            properties: {
              label: OFFICE.label,
              type: 'housenumber',
              housenumber: '10',
              street: 'Rue de la République',
              postcode: '69001',
              city: 'Lyon',
            },
          },
        ],
      }),
    });
  });
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(openstreetmap\.(org|fr)|geopf\.fr|cartocdn\.com)\//, (route) =>
    route.abort('internetdisconnected'),
  );
}

describe('the client adds a point of interest and sees the times from a listing; the agent sees it', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  const clientEmail = uniqueEmail('places');
  let contactId: string;
  let propertyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence des Places', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Paula Agent');
    const saved = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `places${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'T3 Terreaux',
          propertyType: 'apartment',
          address: { street: '4 rue Terme', complement: '', postalCode: '69001', city: 'Lyon', country: 'FR' },
          location: { latitude: 45.7686, longitude: 4.8303, source: 'pin' },
          price: 315_000,
          surface: 68,
          rooms: 3,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = saved.propertyId;
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    contactId = ref.id;
    const user = await adminAuth().createUser({ email: clientEmail, password: TEST_PASSWORD });
    await adminAuth().setCustomUserClaims(user.uid, { tenantId: tenant.tenantId, role: 'client', contactId });
    await ref.set(
      contactDoc({
        id: contactId,
        firstName: 'Lina',
        lastName: 'Morel',
        emails: [{ address: clientEmail, label: 'personal' }],
        email: clientEmail,
        assignedAgentUid: agent.uid,
        portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: agent.uid },
      }),
    );
    await syncClientProfile({ db: adminDb() }, tenant.tenantId, contactId);
    await mustCall(CALLABLES.assignListing, { propertyId, contactIds: [contactId] }, agent.idToken);
    await mustCall(CALLABLES.setListingPublished, { contactId, propertyId, published: true }, agent.idToken);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('from the account page to the times on the listing, then in the client file', async () => {
    const client = await signInToClient(browser, tenant.tenantId, { email: clientEmail, password: TEST_PASSWORD });
    await addressService(client.context(), true);
    await client.goto(`${runtime().clientUrl}/account?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client.getByTestId('places-link').click();
    await client.getByTestId('places-page').waitFor({ timeout: STEP });
    await client.getByText('Aucun point pour l’instant.').waitFor({ timeout: STEP });

    await client.getByTestId('place-add').click();
    await client.getByTestId('place-name').fill('Bureau');
    await client.getByTestId('place-address').fill('10 rue de la Rép');
    await client.getByRole('option', { name: OFFICE.label }).click({ timeout: STEP });
    await client.getByTestId('place-save').click();
    await client.getByTestId('place-item').getByText('Bureau').waitFor({ timeout: STEP });
    await client.getByTestId('places-count').getByText('1 sur 20').waitFor({ timeout: STEP });
    await client.getByTestId('places-map').locator('.estate-map-marker--place').first().waitFor({ timeout: STEP });

    await client.goto(`${runtime().clientUrl}/listings/${propertyId}?tenant=${tenant.tenantId}`, { timeout: STEP });
    const section = client.getByTestId('listing-places');
    await section.getByText('Bureau').waitFor({ timeout: STEP });
    const times = section.locator('[data-testid^="place-times-"]');
    for (const mode of ['walk', 'bicycle', 'transit']) {
      await expect.poll(() => times.getByTestId(`time-${mode}`).innerText(), { timeout: STEP }).toMatch(/\d+ min/);
    }
    // No routing service runs here: the page says the times are estimated, at which speeds.
    await section
      .getByTestId('travel-note')
      .getByText(/Estimé d’après la distance à 4,5 km\/h à pied, 15 km\/h à vélo et 20 km\/h en transports en commun/)
      .waitFor({ timeout: STEP });
    await section.getByText(/^[\d,]+ k?m à vol d’oiseau$/).waitFor({ timeout: STEP });
    // The listing's map shows the point beside the listing, with its own marker.
    await client.getByTestId('listings-map').locator('.estate-map-marker--place').waitFor({ timeout: STEP });

    const admin = await signInToAdmin(browser, tenant.tenantId, agent);
    await addressService(admin.context(), false);
    await admin.goto(`${runtime().adminUrl}/clients/${contactId}/client-space?tenant=${tenant.tenantId}`, {
      timeout: STEP,
    });
    const places = admin.getByTestId('client-places');
    const row = places.getByTestId('client-place-row').filter({ hasText: 'Bureau' });
    await row.getByText(OFFICE.label).waitFor({ timeout: STEP });
    await row.getByText('Le client').waitFor({ timeout: STEP });

    // The agent adds one for the client while the address service is down: the pin places it.
    await places.getByTestId('client-place-add').click();
    await admin.getByTestId('place-name').fill('Parents');
    await admin.getByTestId('place-address').fill('Montée de la Grande Côte, Lyon');
    await admin.getByText('La recherche d’adresse est indisponible').waitFor({ timeout: STEP });
    await admin.getByTestId('place-save').click();
    await admin.getByText('Choisissez une adresse dans la liste ou placez le point sur la carte.').waitFor({
      timeout: STEP,
    });
    const map = admin.getByTestId('place-map');
    await map.locator('.leaflet-container').waitFor({ timeout: STEP });
    await map.locator('.leaflet-container').click();
    await map.locator('.estate-map-marker--pin').waitFor({ timeout: STEP });
    await admin.getByTestId('place-save').click();
    await places.getByTestId('client-place-row').filter({ hasText: 'Parents' }).getByText('L’agence').waitFor({
      timeout: STEP,
    });

    // Back on the phone, the client finds it among theirs.
    await client.goto(`${runtime().clientUrl}/places?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client
      .getByTestId('place-item')
      .filter({ hasText: 'Parents' })
      .getByText('Ajouté par votre conseiller')
      .waitFor({
        timeout: STEP,
      });
  });
});
