// The import of a 10 000-contact Google Contacts CSV in the browser: parse (encoding, CSV, table),
// map (layout, every row read as the import dialog's preview and the server read it) and report (rows
// ready, refused, duplicated within the file), timed in Chromium on the domain code the admin app runs.
// Needs no emulators: `npx vite-node tests/bench/import-bench.ts` (also run by `npm run bench`).
// Figures go to .artifacts/bench-import.json and are copied by hand into docs/benchmarks.md.
import { googleContactsHeaderRow, toCsv, type ImportContext } from '@estate/domain';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser';
import { repoRoot } from '../support/emulator-env';
import type { ImportTiming } from './import-page';
import { random } from './generate-tenant';

const CONTACTS = Number(process.env.BENCH_IMPORT_CONTACTS ?? 10_000);
const RUNS = 10;

const FIRST = ['Julien', 'Camille', 'Léa', 'Hugo', 'Chloé', 'Élodie', 'François', 'Анна', 'Иван', 'Ольга'];
const LAST = ['Martin', 'Dubois', 'Lefèvre', 'Moreau', 'García', 'Смирнов', 'Иванова', 'Кузнецов', 'Wilson'];
const CITIES = ['Marseille', 'Lyon', 'Paris', 'Bordeaux', 'Краснодар', 'Сочи'];

/** A Google Contacts export as Google writes it: two emails and two phones a contact, groups, notes. */
function googleContactsCsv(count: number, seed = 7): string {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
  const header = googleContactsHeaderRow();
  const column = (name: string) => header.indexOf(name);
  const rows = Array.from({ length: count }, (_, index) => {
    const row = header.map(() => '');
    const first = pick(FIRST);
    const last = pick(LAST);
    const digits = String(10_000_000 + index).slice(-8);
    row[column('Name')] = `${first} ${last}`;
    row[column('Given Name')] = first;
    row[column('Family Name')] = last;
    row[column('Group Membership')] = `* myContacts ::: ${pick(['Acheteurs', 'Vendeurs', 'Investisseurs'])}`;
    row[column('Notes')] = index % 5 === 0 ? `Rappeler ${first}.\nBudget ${200 + (index % 300)} k€` : '';
    row[column('E-mail 1 - Type')] = '* Home';
    row[column('E-mail 1 - Value')] = `contact${index}@example.fr`;
    row[column('E-mail 2 - Type')] = 'Work';
    row[column('E-mail 2 - Value')] = `c${index}@bureau.example.com`;
    row[column('Phone 1 - Type')] = 'Mobile';
    row[column('Phone 1 - Value')] = `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    row[column('Phone 2 - Type')] = 'Work';
    row[column('Phone 2 - Value')] = `+33 1 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    row[column('Address 1 - Street')] = `${1 + (index % 120)} rue de la République\nBât. ${pick(['A', 'B'])}`;
    row[column('Address 1 - City')] = pick(CITIES);
    row[column('Address 1 - Postal Code')] = String(13_000 + (index % 900));
    row[column('Address 1 - Country')] = 'France';
    return row;
  });
  // Every hundredth contact is there twice (a phone synced twice), as real address books have them.
  for (let index = 0; index < count; index += 100) rows.push([...(rows[index] ?? [])]);
  return toCsv([header, ...rows], ',');
}

const context: ImportContext = {
  country: 'FR',
  defaultLocale: 'fr',
  importerUid: 'bench-agent',
  agents: [{ uid: 'bench-agent', email: 'agent@bench.test', name: 'Bench Agent' }],
  origins: [],
  now: new Date('2026-12-06T10:00:00Z'),
  defaultClientType: 'buyer',
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./import-page.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
});
const script = bundle.outputFiles[0]?.text ?? '';
const csv = googleContactsCsv(CONTACTS);
const bytes = Buffer.from(csv, 'utf8');

const browser = await launchBrowser();
const timings: ImportTiming[] = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>import bench</title>');
  await page.addScriptTag({ content: script });
  const base64 = bytes.toString('base64');
  for (let index = 0; index < RUNS + 1; index += 1) {
    const timing = await page.evaluate(
      ({ data, importContext }) => {
        const raw = atob(data);
        const array = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i += 1) array[i] = raw.charCodeAt(i);
        const run = (globalThis as unknown as { runImport: (b: Uint8Array, c: unknown) => ImportTiming }).runImport;
        return run(array, { ...importContext, now: new Date(importContext.now) });
      },
      { data: base64, importContext: { ...context, now: context.now.toISOString() } },
    );
    if (index > 0) timings.push(timing);
  }
} finally {
  await browser.close();
}

const [first] = timings;
const summary = (pick: (timing: ImportTiming) => number) => ({
  medianMs: Math.round(percentile(timings.map(pick), 50)),
  p95Ms: Math.round(percentile(timings.map(pick), 95)),
});
const result = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  file: {
    contacts: CONTACTS,
    rows: first?.rows,
    bytes: bytes.length,
    format: first?.format,
    encoding: first?.encoding,
  },
  outcome: { ready: first?.ready, errors: first?.errors, duplicatesInFile: first?.duplicatesInFile },
  runs: RUNS,
  parse: summary((timing) => timing.parseMs),
  map: summary((timing) => timing.mapMs),
  report: summary((timing) => timing.reportMs),
  total: summary((timing) => timing.totalMs),
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench-import.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
