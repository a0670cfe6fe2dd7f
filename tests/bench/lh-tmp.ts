import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runtime, CHROMIUM } from '../support/browser';
import { DEFAULT_BRANDING, paths } from '@estate/domain';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { projectId } from '../support/emulator-env';

const db = getFirestore(initializeApp({ projectId }));
const host = new URL(runtime().clientUrl).host;
await db.doc(paths.domain(host)).set({ host, tenantId: 'bench-agency', app: 'client', name: 'Agence Démo', branding: { ...DEFAULT_BRANDING, primaryColor: '#0b7285' }, locale: 'fr', updatedAt: new Date() });

const path = process.env.LH_PATH ?? '/';
const url = `${runtime().clientUrl}${path}`;
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const runs = Number(process.env.LH_RUNS ?? 3);
for (let run = 0; run < runs; run += 1) {
  const answer = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const r = answer!.lhr;
  const a = (id: string) => Math.round(r.audits[id]?.numericValue ?? NaN);
  console.log(JSON.stringify({ perf: Math.round((r.categories.performance?.score ?? 0) * 100), fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), tbt: a('total-blocking-time'), si: a('speed-index'), cls: r.audits['cumulative-layout-shift']?.numericValue }));
  writeFileSync(`/tmp/lhr-${run}.json`, JSON.stringify(r));
}
chrome.kill();
process.exit(0);
