// The client app's home on a phone, signed in: the time to show Nouveautés when the client has
// hundreds of listings published to them, on a throttled mobile profile, and Lighthouse's scores for
// that screen. Run on the demo agency (seeded, with functions), after giving its client many listings.
import { clientListingId, clientListingModel, LISTINGS_PAGE_SIZE, paths, type ClientListing } from '@estate/domain';
import { launch } from 'chrome-launcher';
import type { Firestore } from 'firebase-admin/firestore';
import lighthouse from 'lighthouse';
import { chromium, type BrowserContext } from 'playwright-core';
import { converterOf } from '../../functions/src/lib/converters';
import { CHROMIUM } from '../support/browser';

const listingConverter = converterOf(clientListingModel);
const MINUTE = 60_000;

/** Lighthouse's mobile preset, applied by hand to a signed-in page: slow 4G and a 4× slower CPU. */
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

/**
 * Gives the client `count` published listings in Nouveautés in all: the demo's own (with photos) stay
 * the newest, the others copy one of them under made-up property ids, older, without photos.
 */
export async function publishManyListings(
  db: Firestore,
  tenantId: string,
  contactId: string,
  count: number,
): Promise<number> {
  const existing = await db
    .collection(paths.clientListings(tenantId))
    .withConverter(listingConverter)
    .where('contactId', '==', contactId)
    .where('status', '==', 'published')
    .where('stage', '==', 'new')
    .get();
  const template = existing.docs[0]?.data();
  if (!template) throw new Error('the demo client has no published listing to copy');
  const oldest = Math.min(...existing.docs.map((entry) => entry.data().stageChangedAt.getTime()));
  const missing = Math.max(0, count - existing.size);
  const writer = db.bulkWriter();
  for (let index = 0; index < missing; index += 1) {
    const propertyId = `benchlisting${String(index).padStart(4, '0')}`;
    const at = new Date(oldest - (index + 1) * MINUTE);
    const listing: ClientListing = {
      ...template,
      id: clientListingId(contactId, propertyId),
      propertyId,
      property: {
        ...template.property,
        title: `${template.property.title} (${index + 1})`,
        reference: `B${index + 1}`,
        price: template.property.price + index * 1000,
        photoIds: [],
      },
      publishedAt: at,
      stageChangedAt: at,
      createdAt: at,
      updatedAt: at,
    };
    void writer.set(db.doc(paths.clientListing(tenantId, listing.id)).withConverter(listingConverter), listing);
  }
  await writer.close();
  return existing.size + missing;
}

export interface HomeFigures {
  listings: number;
  pageSize: number;
  /** From navigation to the first page of cards on screen, throttled: median and slowest of the runs. */
  nouveautesMs: { median: number; max: number; runs: number };
  /** What the first visit downloads of JavaScript to show Nouveautés (entry and lazy chunks). */
  firstVisitScriptKB: number;
  /** The same once the service worker serves the app's files (a return visit). */
  returnVisitMs: { median: number; max: number; runs: number };
  lighthouse: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    firstContentfulPaintMs: number;
    largestContentfulPaintMs: number;
    totalBlockingTimeMs: number;
  };
}

async function signIn(context: BrowserContext, signInUrl: string, email: string, password: string) {
  const page = await context.newPage();
  await page.goto(signInUrl);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid^="listing-card-"]').first().waitFor({ timeout: 60_000 });
  return page;
}

interface Visit {
  ms: number;
  /** JavaScript the page downloaded (compressed, as sent), in KB: 0 for what the service worker served. */
  scriptKB: number;
}

async function timeNouveautes(context: BrowserContext, homeUrl: string, firstVisit: boolean): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // A first visit finds nothing in the HTTP cache either (the session, in IndexedDB, stays).
  if (firstVisit) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const started = Date.now();
  await page.goto(homeUrl);
  await page
    .locator('[data-testid^="listing-card-"]')
    .nth(LISTINGS_PAGE_SIZE - 1)
    .waitFor({ timeout: 120_000 });
  const elapsed = Date.now() - started;
  const scriptBytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
  );
  await page.close();
  return { ms: elapsed, scriptKB: Math.round(scriptBytes / 102.4) / 10 };
}

function spread(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] as number,
    max: sorted.at(-1) as number,
    runs: samples.length,
  };
}

function audit(result: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  return Math.round(result.audits[id]?.numericValue ?? Number.NaN);
}

/**
 * One Chromium (chrome-launcher, so Lighthouse can drive it too), signed in once through the app.
 * Timed runs each open a fresh page; the first runs fetch the app's files from Hosting, later ones
 * once the service worker holds them.
 */
export async function measureClientHome(options: {
  clientUrl: string;
  tenantId: string;
  email: string;
  password: string;
  listings: number;
  runs?: number;
}): Promise<HomeFigures> {
  const runs = options.runs ?? 5;
  const homeUrl = `${options.clientUrl}/?tenant=${encodeURIComponent(options.tenantId)}`;
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    const signInPage = await signIn(
      context,
      `${options.clientUrl}/signin?tenant=${encodeURIComponent(options.tenantId)}`,
      options.email,
      options.password,
    );
    await signInPage.setViewportSize({ width: 390, height: 844 });
    const first: Visit[] = [];
    // The service worker is not there yet: unregister it between runs, so each one is a first visit.
    for (let run = 0; run < runs; run += 1) {
      await signInPage.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
        for (const key of await caches.keys()) await caches.delete(key);
      });
      first.push(await timeNouveautes(context, homeUrl, true));
    }
    // Let the service worker install and precache, then time return visits.
    await signInPage.goto(homeUrl);
    await signInPage.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const returning: Visit[] = [];
    for (let run = 0; run < runs; run += 1) returning.push(await timeNouveautes(context, homeUrl, false));
    await browser.close();

    // Lighthouse on the signed-in home: storage kept (the session lives in IndexedDB).
    const answer = await lighthouse(homeUrl, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      disableStorageReset: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const result = answer?.lhr;
    if (!result) throw new Error('Lighthouse returned no report');
    if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.message}`);
    const score = (id: string) => Math.round((result.categories[id]?.score ?? 0) * 100);
    return {
      listings: options.listings,
      pageSize: LISTINGS_PAGE_SIZE,
      nouveautesMs: spread(first.map((visit) => visit.ms)),
      firstVisitScriptKB: first[0]?.scriptKB ?? 0,
      returnVisitMs: spread(returning.map((visit) => visit.ms)),
      lighthouse: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        firstContentfulPaintMs: audit(result, 'first-contentful-paint'),
        largestContentfulPaintMs: audit(result, 'largest-contentful-paint'),
        totalBlockingTimeMs: audit(result, 'total-blocking-time'),
      },
    };
  } finally {
    chrome.kill();
  }
}
