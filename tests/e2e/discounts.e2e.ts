import { bookingModel, discountSettingsModel, paths, reserveUnitContract, unitModel, type Unit } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import { converterOf } from '../../functions/src/lib/converters';
import { reserveUnit } from '../../functions/src/reservations/reserve-unit.handler';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { linkIn, mailTo, type ReceivedMail } from '../support/maildev';

// The demo agency's owner sets the discount a manager grants alone (Settings › Remises); the manager
// offers a unit to the client holding it with 5 %, is refused above the threshold and asks the head of
// sales from under the refusal; the owner, mailed, approves from the mail's link, which issues the
// offer with that discount; the manager sees it on the unit card, in the offer and the price breakdown.
// The programme, its unit and the reservation are this run's own.

const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const OWNER = { email: 'owner@demo.test', password: 'Demo-pass-2026' };
const RUN = Date.now().toString(36);
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

/** This run's mail to `to` whose text says `words`: the subjects carry amounts MIME may fold anywhere. */
const mailSaying = (to: string, words: string): Promise<ReceivedMail> =>
  vi.waitFor(
    async () => {
      const mail = (await mailTo(to)).find((candidate) => candidate.text.includes(words));
      if (!mail) throw new Error(`no mail to ${to} saying "${words}" yet`);
      return mail;
    },
    { timeout: 60_000, interval: 1_000 },
  );

describe('admin app: a discount above the threshold is approved by the head of sales', () => {
  let browser: Browser;
  let managerPage: Page;
  let ownerPage: Page;
  const projectId = `discounts-${RUN}`;
  const buildingId = `discounts-${RUN}-a`;
  const unitId = newId();
  const buyer = contactDoc({ firstName: 'Nina', lastName: `Remise${RUN}` });

  const openUnitCard = async (page: Page) => {
    await page.goto(`${runtime().adminUrl}/projects/${projectId}/buildings/${buildingId}`, { timeout: STEP });
    await page.locator('[data-testid="chessboard-unit"][data-number="302"]').click({ timeout: STEP });
    return page.getByTestId('unit-card');
  };

  beforeAll(async () => {
    const db = adminDb();
    const now = new Date();
    const managerUid = (await adminAuth().getUserByEmail(MANAGER.email)).uid;
    await db.doc(paths.project(TENANT, projectId)).set({
      id: projectId,
      name: `Résidence Remise ${RUN}`,
      address: '5 quai du Port',
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
      number: '302',
      floor: 3,
      position: 2,
      kind: 'apartment',
      rooms: 3,
      area: 64.5,
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price: 312_000,
      status: 'free',
      layout: null,
      priceFixed: false,
      hold: null,
      createdAt: now,
      updatedAt: now,
    };
    await db.doc(paths.unit(TENANT, unitId)).withConverter(converterOf(unitModel)).set(unit);
    await db.doc(paths.contact(TENANT, buyer.id)).set({ ...buyer, assignedAgentUid: managerUid });
    await reserveUnit(
      { db, auth: adminAuth(), links: appLinks(null), now: () => new Date(), local: null },
      { uid: managerUid, email: MANAGER.email, claims: { tenantId: TENANT, role: 'manager' } },
      reserveUnitContract.input.parse({ requestId: newId(), unitId, contactId: buyer.id, kind: 'offline' }),
    );

    browser = await launchBrowser();
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    ownerPage = await signInToAdmin(browser, TENANT, OWNER);
    managerPage = await signInToAdmin(browser, TENANT, MANAGER);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the owner set the threshold a manager grants alone', async () => {
    const page = ownerPage;
    await page.goto(`${runtime().adminUrl}/settings/discounts`, { timeout: STEP });
    const threshold = page.getByTestId('discount-threshold');
    await threshold.waitFor({ timeout: STEP });
    await threshold.fill('150');
    await page.getByTestId('discount-settings-save').click();
    await page.getByText('Saisissez un pourcentage entre 0 et 100, au dixième près.').waitFor({ timeout: STEP });
    await threshold.fill('3');
    await page.getByTestId('discount-settings-save').click();
    await page.getByText('Seuil de remise enregistré.').waitFor({ timeout: STEP });
    const stored = await adminDb()
      .doc(paths.discountSettings(TENANT))
      .withConverter(converterOf(discountSettingsModel))
      .get();
    expect(stored.data()?.maxManagerPercent).toBe(3);
  });

  it('refuses the manager 5 %, who asks the head of sales from under the refusal', async () => {
    const card = await openUnitCard(managerPage);
    const panel = card.getByTestId('unit-booking-panel');
    await panel.getByTestId('booking-holder').waitFor({ timeout: 60_000 });
    await panel.getByTestId('booking-discount-kind').getByText('Pourcentage').click();
    await panel.getByTestId('booking-discount-threshold').waitFor({ timeout: STEP });
    expect(await panel.getByTestId('booking-discount-threshold').textContent()).toContain('3 %');
    await panel.getByTestId('booking-issue').click();
    await panel.getByText('Indiquez le motif de la remise.').waitFor({ timeout: STEP });
    await panel.getByTestId('booking-discount-value').fill('5');
    await panel.getByTestId('booking-discount-reason').fill(`Seconde acquisition (${RUN})`);
    await panel.getByTestId('booking-issue').click();
    await panel.getByText('Cette remise dépasse les 3 %', { exact: false }).waitFor({ timeout: 60_000 });
    const ask = panel.getByTestId('ask-approval');
    await ask.getByTestId('approval-reason').fill(`Le client achète un second lot (${RUN})`);
    await ask.getByTestId('approval-ask').click();
    await panel.getByTestId('approval-requested').waitFor({ timeout: 60_000 });
    const offers = await adminDb().collection(paths.bookings(TENANT)).where('unitId', '==', unitId).get();
    expect(offers.size).toBe(0);
  });

  it('is approved by the owner from the mailed link, which issues the offer with the discount', async () => {
    const mail = await mailSaying(OWNER.email, `Le client achète un second lot (${RUN})`);
    expect(mail.text).toContain(`accorder une remise de 5`);
    const page = ownerPage;
    await page.goto(linkIn(mail, '/approvals'), { timeout: STEP });
    const row = page.locator('[data-testid^="approval-row-"]', { hasText: `(${RUN})` });
    await row.waitFor({ timeout: STEP });
    await row.getByTestId('approval-approve').click();
    const dialog = page.getByRole('dialog', { name: 'Accorder la demande' });
    await dialog.getByTestId('approval-decide-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await row.waitFor({ state: 'detached', timeout: STEP });

    const offers = await adminDb()
      .collection(paths.bookings(TENANT))
      .withConverter(converterOf(bookingModel))
      .where('unitId', '==', unitId)
      .get();
    expect(offers.size).toBe(1);
    const offer = offers.docs[0]?.data();
    const priceBefore = offer?.discount?.priceBefore ?? 0;
    expect(offer?.discount).toMatchObject({ kind: 'percent', value: 5, reason: `Seconde acquisition (${RUN})` });
    expect(offer?.discount?.approvalId).toBeTruthy();
    expect(offer?.price).toBe(priceBefore - Math.round(priceBefore * 0.05));
    const decided = await mailSaying(MANAGER.email, `à Nina Remise${RUN}`);
    expect(decided.text).toContain('accordé');
  });

  it('shows the manager the discount on the offer and under the price breakdown', async () => {
    const card = await openUnitCard(managerPage);
    const discount = card.getByTestId('booking-discount');
    await discount.waitFor({ timeout: 60_000 });
    expect(await discount.textContent()).toContain(`Seconde acquisition (${RUN})`);
    const offerPrice = card.getByTestId('unit-offer-price');
    await offerPrice.waitFor({ timeout: STEP });
    expect(digits(await offerPrice.textContent())).toBe(digits(await card.getByTestId('booking-price').textContent()));
  });
});
