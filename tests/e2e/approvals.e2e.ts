import { paths, reservationModel, reserveUnitContract, unitModel, type Unit } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import { converterOf } from '../../functions/src/lib/converters';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { linkIn, waitForMail } from '../support/maildev';

// The demo agency's manager (seeded by every emulator run) is refused a reservation extension past the
// tenant's two days, asks the head of sales from under the refusal; the owner, mailed, opens the request
// from the mail and approves it, which extends the reservation; the manager is mailed the decision.
// The programme, its unit and the reservation are this run's own.

const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const OWNER = { email: 'owner@demo.test', password: 'Demo-pass-2026' };
const RUN = Date.now().toString(36);
const DAY = 24 * 3_600_000;
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);

describe('admin app: a manager asks the head of sales to extend a reservation', () => {
  let browser: Browser;
  let managerPage: Page;
  const projectId = `approvals-${RUN}`;
  const buildingId = `approvals-${RUN}-a`;
  const unitId = newId();
  const buyer = contactDoc({ firstName: 'Paul', lastName: `Accord${RUN}` });
  let reservationId = '';
  let untilBefore = 0;

  beforeAll(async () => {
    const db = adminDb();
    const now = new Date();
    const managerUid = (await adminAuth().getUserByEmail(MANAGER.email)).uid;
    await db.doc(paths.project(TENANT, projectId)).set({
      id: projectId,
      name: `Résidence Accord ${RUN}`,
      address: '3 quai du Port',
      city: 'Marseille',
      latitude: null,
      longitude: null,
      completion: { year: 2028, quarter: 2 },
      stage: 'construction',
      description: '',
      floorPricePerSquareMetre: null,
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
      number: '301',
      floor: 3,
      position: 1,
      kind: 'apartment',
      rooms: 2,
      area: 48.2,
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price: 265_000,
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
    untilBefore = new Date(reserved.until ?? 0).getTime();

    browser = await launchBrowser();
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    managerPage = await signInToAdmin(browser, TENANT, MANAGER);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is refused five days, and asks the head of sales from under the refusal', async () => {
    const page = managerPage;
    await page.goto(`${runtime().adminUrl}/projects/${projectId}/buildings/${buildingId}`, { timeout: STEP });
    await page.locator('[data-testid="chessboard-unit"][data-number="301"][data-status="reserved"]').click({
      timeout: STEP,
    });
    await page.getByTestId('reservation-extend').click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog', { name: 'Prolonger la réservation' });
    await dialog.getByLabel('Prolonger de').fill('5');
    await dialog.getByTestId('reservation-extend-confirm').click();
    const ask = dialog.getByTestId('ask-approval');
    await ask.waitFor({ timeout: 60_000 });

    await ask.getByTestId('approval-ask').click();
    await ask.getByText('Indiquez le motif de la demande.').waitFor({ timeout: STEP });
    await ask.getByTestId('approval-reason').fill(`La banque répond lundi (${RUN})`);
    await ask.getByTestId('approval-ask').click();
    await dialog.getByTestId('approval-requested').waitFor({ timeout: 60_000 });
    const stored = await adminDb()
      .doc(paths.reservation(TENANT, reservationId))
      .withConverter(converterOf(reservationModel))
      .get();
    expect(stored.data()?.until?.getTime()).toBe(untilBefore);
  });

  it('is approved by the owner from the mailed link, which extends the reservation', async () => {
    const mail = await waitForMail({ to: OWNER.email, subjectIncludes: `Paul Accord${RUN}`, timeoutMs: 60_000 });
    expect(mail.text).toContain(`La banque répond lundi (${RUN})`);
    const link = linkIn(mail, '/approvals');
    const ownerPage = await signInToAdmin(browser, TENANT, OWNER);
    await ownerPage.goto(link, { timeout: STEP });
    const row = ownerPage.locator('[data-testid^="approval-row-"]', { hasText: `(${RUN})` });
    await row.waitFor({ timeout: STEP });
    expect(await row.textContent()).toContain('prolonger la réservation de Paul');
    await row.getByTestId('approval-approve').click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Accorder la demande' });
    await dialog.getByTestId('approval-note').fill('Accordé une fois.');
    await dialog.getByTestId('approval-decide-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await row.waitFor({ state: 'detached', timeout: STEP });

    const stored = await adminDb()
      .doc(paths.reservation(TENANT, reservationId))
      .withConverter(converterOf(reservationModel))
      .get();
    expect(stored.data()?.until?.getTime()).toBe(untilBefore + 5 * DAY);
    const decided = await waitForMail({ to: MANAGER.email, subjectIncludes: 'Votre demande pour le lot 301' });
    expect(decided.text).toContain('Accordé une fois.');
  });
});
