import {
  buildingModel,
  paths,
  projectModel,
  reservationSettingsModel,
  tenantModel,
  unitModel,
  type Unit,
} from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogueUnit } from '../../functions/src/catalogue/sync-catalogue-unit.handler';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { converterOf } from '../../functions/src/lib/converters';
import { mirrorTenantDomains } from '../../functions/src/tenancy/on-tenant-written.handler';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { createTenantWithOwner, TEST_PASSWORD, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';

// A developer's public catalogue in the client app: a visitor browses it without an account (list and
// chessboard), signs in from a unit and reserves it online, sees the reservation with its time left
// counting down, and is refused a second one past the sales office's limit of one, with the reason.

/** What a callable may take on a loaded emulator (it waits behind the demo seed's triggers). */
const CALLABLE_WAIT = 120_000;

const phone = {
  viewport: { width: 390, height: 844 },
  timezoneId: 'UTC',
  locale: 'fr-FR',
  serviceWorkers: 'block',
} as const;

describe('a visitor browses the catalogue, signs in and reserves a unit online', () => {
  let browser: Browser;
  let tenant: TestTenant;
  const clientEmail = uniqueEmail('buyer');
  const projectId = 'prado';
  const buildingId = 'prado-a';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Promoteur du Prado', locale: 'fr' });
    const t = tenant.tenantId;
    const db = adminDb();
    const now = new Date();

    // The tenant runs the developer's sales office, and its client app knows it at once.
    const tenantRef = db.doc(paths.tenant(t)).withConverter(converterOf(tenantModel));
    await tenantRef.update({ capabilities: ['agency', 'developer'] });
    const stored = (await tenantRef.get()).data();
    if (!stored) throw new Error('tenant not created');
    await mirrorTenantDomains({ db }, t, null, stored);

    await db
      .doc(paths.reservationSettings(t))
      .withConverter(converterOf(reservationSettingsModel))
      .set({
        terms: {
          online: { amount: 24, unit: 'hours' },
          offline: { amount: 3, unit: 'days' },
          mortgage: { amount: 14, unit: 'days' },
        },
        maxPerClient: 1,
        maxExtension: { amount: 2, unit: 'days' },
        updatedAt: now,
        updatedBy: tenant.owner.uid,
      });
    await db
      .doc(paths.project(t, projectId))
      .withConverter(converterOf(projectModel))
      .set({
        id: projectId,
        name: 'Les Terrasses du Prado',
        address: '210 avenue du Prado',
        city: 'Marseille',
        latitude: null,
        longitude: null,
        completion: { year: 2028, quarter: 2 },
        stage: 'construction',
        description: '',
        createdAt: now,
        updatedAt: now,
      });
    await db
      .doc(paths.building(t, buildingId))
      .withConverter(converterOf(buildingModel))
      .set({
        id: buildingId,
        projectId,
        name: 'Bâtiment A',
        sections: [{ name: '1', floors: 2, positionsPerFloor: 2 }],
        createdAt: now,
        updatedAt: now,
      });
    const unit = (
      number: string,
      floor: number,
      position: number,
      rooms: number,
      price: number,
      status: Unit['status'],
    ): Unit => ({
      id: `unit-${number}`,
      projectId,
      buildingId,
      section: '1',
      number,
      floor,
      position,
      kind: 'apartment',
      rooms,
      area: 40 + rooms * 20,
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price,
      status,
      layout: null,
      priceFixed: false,
      hold: null,
      createdAt: now,
      updatedAt: now,
    });
    for (const one of [
      unit('101', 1, 1, 1, 210_000, 'free'),
      unit('102', 1, 2, 3, 390_000, 'sold'),
      unit('201', 2, 1, 2, 305_000, 'free'),
      unit('202', 2, 2, 3, 415_000, 'free'),
    ]) {
      await db.doc(paths.unit(t, one.id)).withConverter(converterOf(unitModel)).set(one);
      // catalogue-onUnitWritten does the same behind the emulator's queue; the journey needs it now.
      await syncCatalogueUnit({ db }, t, one.id);
    }

    // A client whose space is open, as after accepting the invitation.
    const ref = db.collection(paths.contacts(t)).doc();
    const user = await adminAuth().createUser({ email: clientEmail, password: TEST_PASSWORD });
    await adminAuth().setCustomUserClaims(user.uid, { tenantId: t, role: 'client', contactId: ref.id });
    await ref.set(
      contactDoc({
        id: ref.id,
        firstName: 'Inès',
        lastName: 'Vasseur',
        emails: [{ address: clientEmail, label: 'personal' }],
        email: clientEmail,
        assignedAgentUid: tenant.owner.uid,
        portal: { status: 'active', uid: user.uid, invitedAt: now, invitedBy: tenant.owner.uid },
      }),
    );
    await syncClientProfile({ db }, t, ref.id);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function openUnit(page: Page, number: string): Promise<void> {
    await page
      .getByTestId('catalogue-unit')
      .filter({ hasText: `n° ${number}` })
      .click();
    await page.getByTestId('catalogue-unit-title').getByText(`Lot n° ${number}`).waitFor({ timeout: STEP });
  }

  it('browses without an account, reserves once signed in, and is refused past the limit', async () => {
    const page = await (await browser.newContext(phone)).newPage();
    await page.goto(`${runtime().clientUrl}/catalogue?tenant=${encodeURIComponent(tenant.tenantId)}`, {
      timeout: STEP,
    });

    // The visitor: programmes, the free units cheapest first, the chessboard by status.
    await page.getByTestId('catalogue-project').getByText('Les Terrasses du Prado').click();
    const units = page.getByTestId('catalogue-unit');
    await units.first().waitFor({ timeout: STEP });
    expect(await units.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-number')))).toEqual([
      '101',
      '201',
      '202',
    ]);
    await page.getByTestId('catalogue-filter-rooms').getByText('3', { exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="catalogue-unit"]').length === 1, null, {
      timeout: STEP,
    });
    expect(await units.getAttribute('data-number')).toBe('202');

    await page.getByText('Grille des lots').click();
    const cells = page.getByTestId('catalogue-cell');
    await cells.first().waitFor({ timeout: STEP });
    expect(await cells.count()).toBe(4);
    expect(await page.locator('[data-testid="catalogue-cell"][data-number="102"]').getAttribute('data-status')).toBe(
      'sold',
    );
    // The filter (3 rooms) fades the others but keeps the board's shape.
    expect(await page.locator('[data-testid="catalogue-cell"][data-number="101"]').getAttribute('data-dimmed')).toBe(
      'true',
    );
    await page.locator('[data-testid="catalogue-cell"][data-number="102"]').click();
    await page.getByTestId('catalogue-unit-not-on-sale').waitFor({ timeout: STEP });
    await page.goBack();

    await page.getByText('Liste', { exact: true }).click();
    await page.getByText('Effacer les filtres').click();
    await units.nth(2).waitFor({ timeout: STEP });
    await openUnit(page, '201');
    expect(await page.getByTestId('catalogue-unit-price').textContent()).toMatch(/305\s000/);

    // Signing in from the unit comes back to it.
    await page.getByTestId('catalogue-sign-in-to-reserve').click();
    await page.getByLabel('Adresse e-mail').fill(clientEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('catalogue-reserve').click();
    // The sales office's online term, in words (French puts a no-break space in `24 heures`).
    await page.getByText(/Le lot vous est réservé pendant 24\sheures\./).waitFor({ timeout: STEP });
    await page.getByTestId('catalogue-reserve-confirm').click();

    // My reservations: the unit, and the time left counting down (or the refusal, which fails here).
    const card = page.getByTestId('reservation-card');
    const refusal = page.getByTestId('catalogue-reserve-refusal');
    await card.or(refusal).first().waitFor({ timeout: CALLABLE_WAIT });
    expect(await refusal.count(), (await refusal.allTextContents()).join()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/catalogue/reservations');
    await card.getByText('Les Terrasses du Prado · Bâtiment A · lot n° 201').waitFor({ timeout: STEP });
    expect(await card.getByTestId('reservation-status').textContent()).toBe('Active');
    const timeLeft = card.getByTestId('reservation-time-left');
    const first = (await timeLeft.textContent()) ?? '';
    expect(first).toMatch(/^Temps restant : 23:59:\d\d$/);
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="reservation-time-left"]')?.textContent !== before,
      first,
      { timeout: STEP },
    );

    // A second one is past the limit of one: refused, with the reason.
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByTestId('catalogue-project').click();
    await units.first().waitFor({ timeout: STEP });
    await openUnit(page, '202');
    await page.getByTestId('catalogue-reserve').click();
    await page.getByTestId('catalogue-reserve-confirm').click();
    await refusal.waitFor({ timeout: CALLABLE_WAIT });
    expect(await refusal.textContent()).toContain(
      'le nombre de réservations maximal permis par le bureau de vente (1)',
    );
  }, 420_000);
});
