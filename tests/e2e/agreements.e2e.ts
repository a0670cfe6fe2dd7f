import { agreementIdOf, paths } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGREEMENTS } from '../../scripts/lib/demo-agreements';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';

// The demo developer's manager (seeded by every emulator run) and the demo's signatories and paid
// bookings (scripts/lib/demo-agreements.ts): the second booking has no agreement yet.
const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const OWNER = { email: 'owner@demo.test', password: 'Demo-pass-2026' };
const AGREEMENT = agreementIdOf(DEMO_AGREEMENTS.openBookingId, 'ddu');

const CALLABLE_COLD_START = 60_000;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('dialog').getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click({ timeout: STEP });
}

describe('admin app: a manager generates the ДДУ of a paid booking', () => {
  let browser: Browser;
  let page: Page;
  let unitNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The first load of the app on a cold Hosting emulator can outlast a step on a shared machine.
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    const booking = await adminDb().doc(paths.bookingTerms(TENANT, DEMO_AGREEMENTS.openBookingId)).get();
    unitNumber = String(booking.get('unitNumber'));
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the owner sees each signatory with the state of their power of attorney', async () => {
    const owner = await signInToAdmin(browser, TENANT, OWNER);
    await owner.goto(`${runtime().adminUrl}/settings/signatories`);
    const table = owner.getByTestId('signatories-table');
    await table.getByRole('row', { name: /Иванова Мария Петровна.*Valable/ }).waitFor({ timeout: STEP });
    await table.getByRole('row', { name: /Сидоров Пётр Ильич.*Expirée/ }).waitFor({ timeout: STEP });
    await owner.close();
  });

  it('is refused, and told why, for a signatory whose power of attorney has expired', async () => {
    page = await signInToAdmin(browser, TENANT, MANAGER);
    await nav(page).getByRole('link', { name: 'Contrats' }).click();
    await page.waitForURL(/\/agreements$/, { timeout: STEP });
    // The seeded ДДУ of the first booking is listed.
    await page
      .getByTestId('agreements-table')
      .getByRole('row', { name: /Brouillon/ })
      .first()
      .waitFor({ timeout: STEP });

    await page.getByRole('button', { name: 'Générer un contrat' }).first().click();
    await choose(page, 'Offre payée', new RegExp(`^Lot ${unitNumber} — `));
    await choose(page, 'Signataire', /^Сидоров Пётр Ильич/);
    await page.getByRole('dialog').getByRole('button', { name: 'Générer', exact: true }).click();
    // The first callable of the run may meet a cold functions runtime: a longer wait for this answer only.
    const refusal = page.getByTestId('generate-refusal');
    await refusal.waitFor({ timeout: CALLABLE_COLD_START });
    expect(await refusal.textContent()).toMatch(
      /La procuration n° 77 АА 7654321 de Сидоров Пётр Ильич a expiré le \d{1,2} \S+ \d{4}\./,
    );
    expect((await adminDb().doc(paths.agreement(TENANT, AGREEMENT)).get()).exists).toBe(false);
  });

  it('generates it for a signatory whose power is valid and opens its page and PDF', async () => {
    await choose(page, 'Signataire', /^Иванова Мария Петровна/);
    await page.getByRole('dialog').getByRole('button', { name: 'Générer', exact: true }).click();
    await page.waitForURL(new RegExp(`/agreements/${AGREEMENT}$`), { timeout: STEP });
    await page
      .getByRole('heading', { name: new RegExp(`Договор участия в долевом строительстве № ${unitNumber}`) })
      .waitFor({
        timeout: STEP,
      });
    await page.getByTestId('agreement-steps').getByText('Brouillon').waitFor({ timeout: STEP });

    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      page.getByRole('button', { name: 'Ouvrir le PDF' }).click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();

    const stored = await adminDb().doc(paths.agreement(TENANT, AGREEMENT)).get();
    expect(stored.get('status')).toBe('draft');
    expect(stored.get('signatory.id')).toBe(DEMO_AGREEMENTS.validSignatoryId);
  });

  it('moves it to the bank after confirmation, the step recorded with who did it', async () => {
    await page.getByRole('button', { name: 'Envoyer à la banque' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Envoyer à la banque' }).click();
    await page.getByTestId('agreement-steps').getByText('Envoyé à la banque').waitFor({ timeout: STEP });
    await page
      .getByTestId('agreement-steps')
      .getByText(/Nadia Haddad/)
      .first()
      .waitFor({ timeout: STEP });
    const stored = await adminDb().doc(paths.agreement(TENANT, AGREEMENT)).get();
    expect(stored.get('status')).toBe('sentToBank');
    expect(stored.get('steps').map((step: { status: string }) => step.status)).toEqual(['draft', 'sentToBank']);
  });
});
