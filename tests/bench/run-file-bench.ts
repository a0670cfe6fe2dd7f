// `npm run bench`, second part: the time to first byte of a 5 MB private file through files-download,
// on a suite with functions and Storage (the first part runs without functions). Figures go to
// .artifacts/bench-files.json and are copied by hand into docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getStorage } from 'firebase-admin/storage';
import { adminAuth, adminDb } from '../support/admin';
import { runtime } from '../support/browser';
import { repoRoot } from '../support/emulator-env';
import { measureFileDownload } from './file-download';

const RUNS = 30;
const admin = { db: adminDb(), auth: adminAuth(), storage: getStorage(adminAuth().app) };
const throughHosting = await measureFileDownload(admin, { baseUrl: runtime().adminUrl, runs: RUNS });
const functionUrl = await measureFileDownload(admin, { baseUrl: null, runs: RUNS });
const result = { date: new Date().toISOString(), throughHosting, functionUrl };
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench-files.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `private file, 5 MB, first byte (ms): median ${throughHosting.firstByteMs.median}, p95 ${throughHosting.firstByteMs.p95} ` +
    `through Hosting; median ${functionUrl.firstByteMs.median}, p95 ${functionUrl.firstByteMs.p95} on the function's URL`,
);
process.exit(0);
