import {
  buildingModel,
  paths,
  projectModel,
  reservationModel,
  reservationSettingsModel,
  tenantModel,
  unitModel,
  type Unit,
} from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncContactSearchTokens } from '../../functions/src/contacts/on-contact-written.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import { converterOf } from '../../functions/src/lib/converters';
import { releaseDueReservations } from '../../functions/src/reservations/release-due.handler';
import { mirrorTenantDomains } from '../../functions/src/tenancy/on-tenant-written.handler';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';

// A developer's sales office reserves a unit in the agency for one client and queues a second; the
// first reservation's term ends, the scheduled release (its handler, run here as the schedule runs it
// each minute) gives the unit to the queued client with a fresh term, and the mails reach MailDev.

const RUN = Date.now().toString(36);
const PROJECT = 'calanques';
const BUILDING = 'calanques-a';
const UNIT = 'unit-101';

describe('admin app: an agency reservation with a waiting queue, expired and passed on', () => {
  let browser: Browser;
  let page: Page;
  let tenant: TestTenant;
  const first = contactDoc({
    firstName: 'Alice',
    lastName: `Premier${RUN}`,
    emails: [{ address: uniqueEmail('first'), label: 'personal' }],
  });
  const second = contactDoc({
    firstName: 'Bruno',
    lastName: `Second${RUN}`,
    emails: [{ address: uniqueEmail('second'), label: 'personal' }],
  });
  const nameOf = (contact: typeof first) => `${contact.firstName} ${contact.lastName}`;
  const emailOf = (contact: typeof first) => contact.emails[0]?.address ?? '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: `Promoteur des Calanques ${RUN}`, locale: 'fr' });
    const t = tenant.tenantId;
    const db = adminDb();
    const now = new Date();
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
        maxPerClient: 2,
        maxExtension: { amount: 2, unit: 'days' },
        updatedAt: now,
        updatedBy: tenant.owner.uid,
      });
    await db
      .doc(paths.project(t, PROJECT))
      .withConverter(converterOf(projectModel))
      .set({
        id: PROJECT,
        name: 'Les Calanques',
        address: '3 chemin des Goudes',
        city: 'Marseille',
        latitude: null,
        longitude: null,
        completion: { year: 2028, quarter: 1 },
        stage: 'construction',
        description: '',
        floorPricePerSquareMetre: null,
        createdAt: now,
        updatedAt: now,
      });
    await db
      .doc(paths.building(t, BUILDING))
      .withConverter(converterOf(buildingModel))
      .set({
        id: BUILDING,
        projectId: PROJECT,
        name: 'Bâtiment A',
        sections: [{ name: '1', floors: 2, positionsPerFloor: 2 }],
        createdAt: now,
        updatedAt: now,
      });
    const unit: Unit = {
      id: UNIT,
      projectId: PROJECT,
      buildingId: BUILDING,
      section: '1',
      number: '101',
      floor: 1,
      position: 1,
      kind: 'apartment',
      rooms: 2,
      area: 48,
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
    await db.doc(paths.unit(t, UNIT)).withConverter(converterOf(unitModel)).set(unit);
    for (const contact of [first, second]) {
      await db.doc(paths.contact(t, contact.id)).set({ ...contact, assignedAgentUid: tenant.owner.uid });
      // contacts-onContactWritten does the same behind the emulator's queue; the picker needs it now.
      await syncContactSearchTokens({ db }, t, contact.id);
    }
    page = await signInToAdmin(browser, t, tenant.owner);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  const panel = () => page.getByTestId('unit-reservations-panel');

  async function openUnit(): Promise<void> {
    await page.goto(`${runtime().adminUrl}/projects/${PROJECT}/buildings/${BUILDING}`, { timeout: STEP });
    await page.locator('[data-testid="chessboard-unit"][data-number="101"]').click();
    await panel().waitFor({ timeout: STEP });
  }

  async function pick(label: string, contact: typeof first): Promise<void> {
    await panel().getByLabel(label, { exact: true }).fill(contact.lastName);
    await page.getByRole('option', { name: nameOf(contact) }).click({ timeout: STEP });
  }

  it('reserves the unit in the agency for one client and puts a second in its queue', async () => {
    await openUnit();
    await panel().getByText('En agence').click();
    await pick('Client', first);
    await panel().getByTestId('reservation-reserve').click();
    await panel().getByTestId('reservation-holder').getByText(nameOf(first)).waitFor({ timeout: STEP });
    expect(await panel().getByTestId('reservation-time-left').textContent()).toMatch(/\d/);

    await pick("Client à ajouter à la file d'attente", second);
    await panel().getByTestId('reservation-join-queue').click();
    await panel().getByTestId('reservation-queue').getByText(nameOf(second)).waitFor({ timeout: STEP });
  });

  it('passes the unit to the queued client once the term ends, and mails both clients and their agent', async () => {
    const db = adminDb();
    const reservations = db
      .collection(paths.reservations(tenant.tenantId))
      .withConverter(converterOf(reservationModel));
    const active = (await reservations.where('unitId', '==', UNIT).where('status', '==', 'active').get()).docs;
    expect(active.map((doc) => doc.data().contactId)).toEqual([first.id]);
    // Three days pass for this reservation: its term is now over, as the scheduled release finds it.
    await active[0]!.ref.update({ until: new Date(Date.now() - 60_000) });
    const run = await releaseDueReservations({ db, links: appLinks(null) }, new Date());
    expect(run.released).toBeGreaterThanOrEqual(1);
    expect(run.promoted).toBeGreaterThanOrEqual(1);

    await openUnit();
    await panel().getByTestId('reservation-holder').getByText(nameOf(second)).waitFor({ timeout: STEP });
    await panel().getByText("Personne n'attend ce lot.").waitFor({ timeout: STEP });
    const granted = (await reservations.where('unitId', '==', UNIT).where('status', '==', 'active').get()).docs;
    expect(granted.map((doc) => doc.data().contactId)).toEqual([second.id]);
    // A fresh term of three days from the promotion, not the remainder of the first one.
    const until = granted[0]!.data().until?.getTime() ?? 0;
    expect(until - Date.now()).toBeGreaterThan(2.9 * 24 * 3_600_000);

    // mail-onMailWritten sends them; on an emulator still busy with the demo seed's triggers it waits its turn.
    const mailed = (to: string, subjectIncludes: string) => waitForMail({ to, subjectIncludes, timeoutMs: 90_000 });
    await mailed(emailOf(first), 'Votre réservation du lot 101 a pris fin');
    await mailed(emailOf(second), 'Le lot 101 vous est réservé');
    await mailed(tenant.owner.email, 'Réservation du lot 101');
  }, 240_000);
});
