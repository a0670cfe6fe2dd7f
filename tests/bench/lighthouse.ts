// Lighthouse, mobile preset (simulated slow 4G and a mid-range phone), on the client app's first
// screen: what a buyer sees when they open the agency's link on their phone before signing in.
import { DEFAULT_BRANDING, domainModel, paths } from '@estate/domain';
import { launch } from 'chrome-launcher';
import type { Firestore } from 'firebase-admin/firestore';
import lighthouse from 'lighthouse';
import { converterOf } from '../../functions/src/lib/converters';
import { CHROMIUM } from '../support/browser';

export interface LighthouseFigures {
  url: string;
  performance: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  speedIndexMs: number;
  runs: number;
}

/**
 * The host the client app is served on must name an agency, or the app shows its "unknown agency"
 * screen: the bench's suite has no seed, so the domain document is written here (the same one
 * tenancy-onTenantWritten writes).
 */
async function ensureClientDomain(db: Firestore, host: string): Promise<void> {
  const ref = db.doc(paths.domain(host)).withConverter(converterOf(domainModel));
  if ((await ref.get()).exists) return;
  await ref.set({
    host,
    tenantId: 'bench-agency',
    app: 'client',
    name: 'Agence Démo',
    branding: { ...DEFAULT_BRANDING, primaryColor: '#0b7285' },
    locale: 'fr',
    capabilities: ['agency'],
    updatedAt: new Date(),
  });
}

function audit(result: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  return Math.round(result.audits[id]?.numericValue ?? Number.NaN);
}

/** The median run of a few (Lighthouse's own advice: one run varies too much to compare). */
export async function measureClientFirstScreen(db: Firestore, clientUrl: string, runs = 3): Promise<LighthouseFigures> {
  await ensureClientDomain(db, new URL(clientUrl).host);
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const measured: LighthouseFigures[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const answer = await lighthouse(clientUrl, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const result = answer?.lhr;
      if (!result) throw new Error('Lighthouse returned no report');
      if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.message}`);
      measured.push({
        url: clientUrl,
        performance: Math.round((result.categories.performance?.score ?? 0) * 100),
        firstContentfulPaintMs: audit(result, 'first-contentful-paint'),
        largestContentfulPaintMs: audit(result, 'largest-contentful-paint'),
        totalBlockingTimeMs: audit(result, 'total-blocking-time'),
        speedIndexMs: audit(result, 'speed-index'),
        runs,
      });
    }
  } finally {
    chrome.kill();
  }
  const sorted = measured.sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)] as LighthouseFigures;
}
