import { paths } from '@estate/domain';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type * as Excel from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStorage } from 'firebase-admin/storage';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { projectId } from '../support/emulator-env';
import { eventually } from '../functions/function-fixtures';

// exceljs is CommonJS without named exports Node can see: loaded the CommonJS way.
const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof Excel;

const HEADER = ['Numéro', 'Section', 'Étage', 'Position', 'Type', 'Pièces', 'Surface', 'Finition', 'Prix', 'Statut'];
const UNITS = [
  ['101', '1', '1', '1', 'Appartement', '1', '38,5', 'Brut', '4 100 000', 'Libre'],
  ['102', '1', '1', '2', 'Appartement', '2', '54,3', 'Brut', '5 000 000', 'Libre'],
  ['103', '1', '1', '3', 'Appartement', '2', '56', 'Prêt à finir', '5 300 000', 'Hors vente'],
  ['201', '1', '2', '1', 'Appartement', '0', '27,8', 'Clés en main', '3 200 000', ''],
  ['202', '1', '2', '2', 'Appartement', '3', '84,6', 'Brut', '7 900 000', ''],
  ['203', '1', '2', '3', 'Local commercial', '0', '120', 'Sans finition', '9 500 000', ''],
];

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Lots');
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The demo agency's manager (seeded by every emulator run), in a project of this run's own name.
const TENANT = 'demo';
const MANAGER = { email: 'manager@demo.test', password: 'Demo-pass-2026' };
const PROJECT = `Résidence des Calanques ${Date.now().toString(36)}`;

describe('admin app: a manager builds a programme and sells from its chessboard', () => {
  let browser: Browser;
  let page: Page;
  let buildingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The first load of the app on a cold Hosting emulator can outlast a step on a shared machine.
    const warmUp = await browser.newPage();
    await warmUp.goto(`${runtime().adminUrl}/signin?tenant=${TENANT}`, { timeout: 90_000 });
    await warmUp.close();
    page = await signInToAdmin(browser, TENANT, MANAGER);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  const buildingUnits = async () =>
    (await adminDb().collection(paths.units(TENANT)).where('buildingId', '==', buildingId).count().get()).data().count;

  it('creates a project and a building with its sections', async () => {
    await page.getByRole('link', { name: 'Programmes neufs' }).click();
    await page.getByTestId('project-new').first().click();
    const form = page.getByTestId('project-form');
    await form.getByTestId('project-name').fill(PROJECT);
    await form.getByTestId('project-address').fill('210 avenue du Prado');
    await form.getByTestId('project-city').fill('Marseille');
    await form.getByTestId('project-save').click();
    await page.getByRole('heading', { name: PROJECT }).waitFor({ timeout: STEP });

    await page.getByTestId('building-new').first().click();
    const building = page.getByTestId('building-form');
    await building.getByTestId('building-name').fill('Bâtiment A');
    await building.getByTestId('building-save').click();
    await page.getByTestId('buildings-table').getByRole('link', { name: 'Bâtiment A' }).click();
    await page.getByTestId('chessboard').waitFor({ timeout: STEP });
    buildingId = /\/buildings\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    expect(buildingId).not.toBe('');
  });

  it('refuses a file with a bad row and imports nothing, then imports the corrected file', async () => {
    await page.getByTestId('units-import').click();
    const dialog = page.getByRole('dialog');
    const bad = [
      ...UNITS.slice(0, 2),
      ['104', '9', '1', '4', 'Appartement', '1', '40', 'Brut', '4 000 000', ''],
      ...UNITS.slice(2),
    ];
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'lots.xlsx', mimeType: XLSX_TYPE, buffer: await xlsx(bad) });
    await dialog.getByTestId('units-import-ready').waitFor({ timeout: STEP });
    await dialog.getByTestId('units-import-run').click();
    const report = dialog.getByTestId('units-import-report');
    await report.waitFor({ timeout: STEP });
    const issue = report.getByTestId('units-import-issue');
    expect(await issue.count()).toBe(1);
    expect(await issue.first().textContent()).toContain('4Section');
    expect(await buildingUnits()).toBe(0);

    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'lots.xlsx', mimeType: XLSX_TYPE, buffer: await xlsx(UNITS) });
    await dialog.getByTestId('units-import-ready').waitFor({ timeout: STEP });
    await dialog.getByTestId('units-import-run').click();
    await dialog.waitFor({ state: 'detached', timeout: STEP });
    await page.locator('[data-testid="chessboard-unit"][data-number="203"]').waitFor({ timeout: STEP });
    expect(await page.getByTestId('chessboard-unit').count()).toBe(UNITS.length);
    expect(await buildingUnits()).toBe(UNITS.length);
    expect(await page.locator('[data-testid="chessboard-unit"][data-number="103"]').getAttribute('data-status')).toBe(
      'notForSale',
    );
  });

  it('filters the chessboard by rooms and price', async () => {
    // A chip is a visually hidden checkbox and its label: the user clicks the label.
    const twoRooms = await page.getByTestId('filter-rooms-2').getAttribute('id');
    await page.locator(`label[for="${twoRooms}"]`).click();
    await page.getByTestId('filters-count').waitFor({ timeout: STEP });
    const kept = page.locator('[data-testid="chessboard-unit"][data-dimmed="false"]');
    expect(await kept.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-number')).sort())).toEqual([
      '102',
      '103',
    ]);
    await page.getByTestId('filter-price-max').fill('5100000');
    await page
      .locator('[data-testid="chessboard-unit"][data-number="103"][data-dimmed="true"]')
      .waitFor({ timeout: STEP });
    expect(await kept.count()).toBe(1);
    await page.getByTestId('filters-reset').click();
    await page
      .locator('[data-testid="chessboard-unit"][data-number="103"][data-dimmed="false"]')
      .waitFor({ timeout: STEP });
  });

  it('opens a unit, changes its price, and its history shows the change', async () => {
    await page.locator('[data-testid="chessboard-unit"][data-number="102"]').click();
    const card = page.getByTestId('unit-card');
    await card.waitFor({ timeout: STEP });
    expect((await card.getByTestId('unit-card-price-per-metre').textContent())?.replace(/\s/g, '')).toBe('92081€');
    await card.locator('[data-testid="unit-history-entry"][data-kind="created"]').waitFor({ timeout: STEP });

    await card.getByTestId('unit-edit').click();
    const form = page.getByTestId('unit-form');
    await form.getByTestId('unit-price').fill('5250000');
    await form.getByTestId('unit-save').click();
    await form.waitFor({ state: 'detached', timeout: STEP });
    const change = card.locator('[data-testid="unit-history-entry"][data-kind="price"]');
    await change.waitFor({ timeout: STEP });
    expect((await change.textContent())?.replace(/\s/g, '')).toContain('5000000€→5250000€');
    expect(await change.textContent()).toContain('Nadia Haddad');
    expect((await card.getByTestId('unit-card-price').textContent())?.replace(/\s/g, '')).toBe('5250000€');

    const unit = await adminDb()
      .collection(paths.units(TENANT))
      .where('buildingId', '==', buildingId)
      .where('number', '==', '102')
      .get();
    const history = await adminDb()
      .collection(paths.unitHistory(TENANT, unit.docs[0]?.id ?? '-'))
      .where('kind', '==', 'price')
      .get();
    expect(history.docs.map((doc) => [doc.get('priceBefore'), doc.get('priceAfter')])).toEqual([
      [5_000_000, 5_250_000],
    ]);
  });

  it('uploads a layout on the card, which the public catalogue shows, then removes it after confirming', async () => {
    const card = page.getByTestId('unit-card');
    await card.getByTestId('unit-layout-empty').waitFor({ timeout: STEP });
    const choose = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const chooser = page.waitForEvent('filechooser');
      await card.getByTestId('unit-layout-upload').click();
      await (await chooser).setFiles(file);
    };
    // The picker offers images only; a file that is not one is refused before anything is sent.
    await choose({ name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from('not a plan') });
    await card
      .getByTestId('unit-layout-problem')
      .getByText("Ce fichier n'est pas une image")
      .waitFor({ timeout: STEP });

    const plan = await sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#e9ecef' } })
      .png()
      .toBuffer();
    await choose({ name: 'plan-102.png', mimeType: 'image/png', buffer: plan });
    const image = card.getByTestId('unit-layout-image');
    await image.waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      (element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth === 1200,
      await image.elementHandle(),
      { timeout: STEP },
    );
    const units = await adminDb()
      .collection(paths.units(TENANT))
      .where('buildingId', '==', buildingId)
      .where('number', '==', '102')
      .get();
    const unitId = units.docs[0]?.id ?? '-';
    const layout = units.docs[0]?.get('layout') as { id: string; imagePath: string } | null;
    expect(layout?.imagePath).toBe(paths.unitLayoutImage(TENANT, unitId, layout?.id ?? '-'));

    // A visitor of the client app, signed in or not, sees it on the unit's page once the public projection
    // (catalogue-onUnitWritten, after the upload's check) carries it.
    await eventually(async () => {
      const projected = await adminDb().doc(paths.catalogueUnit(TENANT, unitId)).get();
      if (projected.get('layout.id') !== layout?.id) throw new Error('the catalogue does not show the layout yet');
    }, STEP);
    const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await visitor.goto(`${runtime().clientUrl}/catalogue/units/${unitId}?tenant=${TENANT}`, { timeout: STEP });
    const shown = visitor.getByTestId('catalogue-unit-layout');
    await shown.waitFor({ timeout: STEP });
    await visitor.waitForFunction(
      (element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth === 1200,
      await shown.elementHandle(),
      { timeout: STEP },
    );
    await visitor.context().close();

    await card.getByTestId('unit-layout-remove').click();
    await page
      .getByRole('dialog', { name: 'Retirer le plan ?' })
      .getByRole('button', { name: 'Retirer le plan' })
      .click();
    await card.getByTestId('unit-layout-empty').waitFor({ timeout: STEP });
    const bucket = getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
    expect((await bucket.file(layout?.imagePath ?? '-').exists())[0]).toBe(false);
    expect((await units.docs[0]!.ref.get()).get('layout')).toBeNull();
  });
});
