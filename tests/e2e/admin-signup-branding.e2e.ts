import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { uniqueEmail } from '../support/users';

const PRIMARY = '#c2255c';
const PRIMARY_RGB = 'rgb(194, 37, 92)';

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 640×400 PNG (two colour bands), big enough that the app must shrink it. */
function logoPng(width = 640, height = 400): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const top = y < height / 2;
      row.set(top ? [194, 37, 92] : [255, 255, 255], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function expectBranded(page: Page): Promise<void> {
  const header = page.getByTestId('app-header');
  await header.waitFor({ timeout: STEP });
  await expect
    .poll(() => header.evaluate((element) => getComputedStyle(element).borderBottomColor), { timeout: STEP })
    .toBe(PRIMARY_RGB);
  const logo = header.locator('img');
  await logo.waitFor({ timeout: STEP });
  expect(await logo.getAttribute('src')).toMatch(/^data:image\/(png|webp);base64,/);
  await page.getByRole('link', { name: 'Clients' }).click();
  const newClient = page.getByRole('button', { name: 'Nouveau client' }).first();
  await newClient.waitFor({ timeout: STEP });
  expect(await newClient.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(PRIMARY_RGB);
}

describe('admin app: a new agency signs up and brands its apps', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs up, lands in Personnaliser, saves a colour and a logo that re-theme the app and survive a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const email = uniqueEmail('agency-owner');
    await page.goto(`${runtime().adminUrl}/signup`);
    await page.getByLabel('Nom complet').fill('Olivia Martin');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('Owner-pass-2026');
    await page.getByLabel('Confirmer le mot de passe').fill('Owner-pass-2026');
    await page.getByLabel("Nom de l'agence").fill('Agence des Quais');
    await page.getByRole('button', { name: 'Créer mon agence' }).click();

    await page.waitForURL(/\/settings\/branding/, { timeout: 60_000 });
    await page.getByRole('tab', { name: 'Personnaliser', selected: true }).waitFor({ timeout: STEP });
    await page.getByTestId('app-header').getByText('Agence des Quais').waitFor({ timeout: STEP });

    const primary = page.getByLabel('Couleur principale');
    await primary.fill(PRIMARY);
    await primary.press('Escape');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
    await page.getByRole('button', { name: 'Retirer le logo' }).waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Apparence enregistrée').waitFor({ timeout: STEP });

    const logoSize = await page
      .getByTestId('app-header')
      .locator('img')
      .evaluate((element) => {
        const image = element as HTMLImageElement;
        return Math.max(image.naturalWidth, image.naturalHeight);
      });
    expect(logoSize).toBeLessThanOrEqual(256);
    await expectBranded(page);

    await page.reload();
    await expectBranded(page);
    expect(await page.title()).toBe('Agence des Quais');
  });
});
