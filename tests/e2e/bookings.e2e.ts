import { bookingModel, paths, reservationModel, reserveUnitContract, unitModel, type Unit } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import { converterOf } from '../../functions/src/lib/converters';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';

// The demo agency's manager (seeded by every emulator run) books a unit a client holds by an offline
// reservation: they issue the offer from the unit card, record its payment, and see the unit booked on
// the chessboard at the offer's price, fixed. The programme, its unit and the reservation are this
// run's own, put in place as the reservations functions leave them.

const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const RUN = Date.now().toString(36);
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);

describe('admin app: a manager books a reserved unit with a paid offer', () => {
  let browser: Browser;
  let page: Page;
  const projectId = `offers-${RUN}`;
  const buildingId = `offers-${RUN}-a`;
  const unitId = newId();
  const buyer = contactDoc({ firstName: 'Léa', lastName: `Offre${RUN}` });
  let reservationId = '';

  beforeAll(async () => {
    const db = adminDb();
    const now = new Date();
    const managerUid = (await adminAuth().getUserByEmail(MANAGER.email)).uid;
    await db.doc(paths.project(TENANT, projectId)).set({
      id: projectId,
      name: `Résidence Offre ${RUN}`,
      address: '12 rue des Lices',
      city: 'Toulon',
      latitude: null,
      longitude: null,
      completion: { year: 2028, quarter: 1 },
      stage: 'construction',
      description: '',
      createdAt: now,
      updatedAt: now,
    });
    await db.doc(paths.building(TENANT, buildingId)).set({
      id: buildingId,
      projectId,
      name: 'Bâtiment A',
      sections: [{ name: '1', floors: 3, positionsPerFloor: 2 }],
      createdAt: now,
      updatedAt: now,
    });
    const unit: Unit = {
      id: unitId,
      projectId,
      buildingId,
      section: '1',
      number: '201',
      floor: 2,
      position: 1,
      kind: 'apartment',
      rooms: 3,
      area: 71.4,
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price: 6_420_000,
      status: 'free',
      layout: null,
      priceFixed: false,
      hold: null,
      createdAt: now,
      updatedAt: now,
    };
    await db.doc(paths.unit(TENANT, unitId)).withConverter(converterOf(unitModel)).set(unit);
    await db.doc(paths.contact(TENANT, buyer.id)).set({ ...buyer, assignedAgentUid: managerUid });
    const reserved = await reserveUnit(
      { db, auth: adminAuth(), links: appLinks(null), now: () => new Date(), local: null },
      { uid: managerUid, email: MANAGER.email, claims: { tenantId: TENANT, role: 'manager' } },
      reserveUnitContract.input.parse({ requestId: newId(), unitId, contactId: buyer.id, kind: 'offline' }),
    );
    reservationId = reserved.reservationId;

    browser = await launchBrowser();
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    page = await signInToAdmin(browser, TENANT, MANAGER);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  const cell = () => page.locator('[data-testid="chessboard-unit"][data-number="201"]');

  it('issues the offer to the holder and records its payment from the unit card', async () => {
    await page.goto(`${runtime().adminUrl}/projects/${projectId}/buildings/${buildingId}`, { timeout: STEP });
    await page.locator('[data-testid="chessboard-unit"][data-number="201"][data-status="reserved"]').waitFor({
      timeout: STEP,
    });
    await cell().click();
    const card = page.getByTestId('unit-card');
    const panel = card.getByTestId('unit-booking-panel');
    await panel.getByTestId('booking-holder').waitFor({ timeout: STEP });
    expect(await panel.getByTestId('booking-holder').textContent()).toContain(`Léa Offre${RUN}`);

    await panel.getByTestId('booking-issue').click();
    await panel.getByTestId('booking-record-payment').waitFor({ timeout: STEP });
    const booking = await adminDb()
      .collection(paths.bookings(TENANT))
      .withConverter(converterOf(bookingModel))
      .where('unitId', '==', unitId)
      .get();
    expect(booking.docs.map((doc) => doc.data().status)).toEqual(['issued']);
    const price = booking.docs[0]?.data().price ?? 0;
    expect((await panel.getByTestId('booking-price').textContent())?.replace(/\D/g, '')).toBe(String(price));

    await panel.getByTestId('booking-record-payment').click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer le paiement' });
    await dialog.getByLabel('Montant payé').fill('100000');
    await dialog.getByLabel('Référence').fill(`VIR-${RUN}`);
    await dialog.getByTestId('booking-payment-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: STEP });

    await card.getByTestId('booking-paid').waitFor({ timeout: STEP });
    await page
      .locator('[data-testid="chessboard-unit"][data-number="201"][data-status="booked"]')
      .waitFor({ timeout: STEP });
    expect(await card.getByTestId('unit-card-status').textContent()).toBe('Offre payée');
    expect((await card.getByTestId('unit-card-price').textContent())?.replace(/\D/g, '')).toBe(String(price));
    expect(await card.textContent()).toContain("Oui, l'offre est payée");

    const stored = (await adminDb().doc(paths.unit(TENANT, unitId)).withConverter(converterOf(unitModel)).get()).data();
    expect(stored).toMatchObject({ status: 'booked', price, priceFixed: true, hold: null });
    const reservation = await adminDb()
      .doc(paths.reservation(TENANT, reservationId))
      .withConverter(converterOf(reservationModel))
      .get();
    expect(reservation.data()?.status).toBe('converted');
  });

  it('lists the paid offer on /bookings with its payment', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('unit-card').waitFor({ state: 'detached', timeout: STEP });
    await page.getByRole('link', { name: 'Offres de réservation' }).click();
    await page.getByRole('textbox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Payée' }).click();
    const row = page.locator('[data-testid^="booking-row-"]', { hasText: `Léa Offre${RUN}` });
    await row.waitFor({ timeout: STEP });
    await row.getByRole('button', { name: 'Lot 201' }).click();
    const details = page.getByTestId('booking-details');
    await details.getByTestId('booking-payment').waitFor({ timeout: STEP });
    expect(await details.getByTestId('booking-payment').textContent()).toContain(`VIR-${RUN}`);
  });
});
