import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { adminOrigin, clientOrigin, mailDevOrigin } from './emulator-env';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Runtime {
  adminUrl: string;
  clientUrl: string;
  mailUrl: string;
}

/** URLs of the suite the tests run against (its ports: emulator-env). */
export function runtime(): Runtime {
  return { adminUrl: adminOrigin, clientUrl: clientOrigin, mailUrl: mailDevOrigin.replace('127.0.0.1', 'localhost') };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Timeout of each step of a journey. */
export const STEP = 20_000;

/**
 * A new browser context signed in to the admin app of the tenant as the user, on the clients page. The
 * context reads dates in UTC and French, as the journeys assert them; `context` adds to that.
 */
export async function signInToAdmin(
  browser: Browser,
  tenantId: string,
  user: { email: string; password: string },
  context: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext({ timezoneId: 'UTC', locale: 'fr-FR', ...context })).newPage();
  await page.goto(`${runtime().adminUrl}/signin?tenant=${encodeURIComponent(tenantId)}`, { timeout: STEP });
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/clients/, { timeout: STEP });
  return page;
}

/**
 * A new phone-sized browser context signed in to the client app of the tenant as the client, on their
 * home page, in French. Service workers are blocked so every answer comes from the emulators.
 */
export async function signInToClient(
  browser: Browser,
  tenantId: string,
  client: { email: string; password: string },
  context: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      timezoneId: 'UTC',
      locale: 'fr-FR',
      serviceWorkers: 'block',
      ...context,
    })
  ).newPage();
  await page.goto(`${runtime().clientUrl}/signin?tenant=${encodeURIComponent(tenantId)}`, { timeout: STEP });
  await page.getByLabel('Adresse e-mail').fill(client.email);
  await page.getByLabel('Mot de passe').fill(client.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.endsWith('/signin'), { timeout: STEP });
  return page;
}
