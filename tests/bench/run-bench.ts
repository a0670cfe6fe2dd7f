// `npm run bench`: seeds a large agency into the running emulators and measures what users feel.
// Figures go to .artifacts/bench.json and are copied by hand into docs/benchmarks.md with the machine.
// BENCH_PROJECT runs it in another project of the same emulators (its rules loaded here): against a
// suite that runs functions, their triggers then stay out of it.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths, searchQueryToken } from '@estate/domain';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  getDocs,
  getFirestore,
  limit,
  orderBy,
  query,
  where,
} from 'firebase/firestore';
import { initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { authOrigin, firestoreEmulator, projectId, repoRoot, useEmulators } from '../support/emulator-env';
import { runtime } from '../support/browser';
import { generateTenant } from './generate-tenant';
import { measureClientFirstScreen } from './lighthouse';
import { measureMatching, seedMatchingBench } from './matching-bench';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 5000);
const PROPERTIES = Number(process.env.BENCH_PROPERTIES ?? 2000);
const MATCHING_BUYERS = Number(process.env.BENCH_MATCHING_BUYERS ?? 5000);
const RUNS = 30;
const BENCH_PROJECT = process.env.BENCH_PROJECT ?? projectId;

/**
 * What agents type in the top bar's search, letter by letter: name starts with and without accents,
 * Cyrillic, a mobile number written the French way, an email. Each run takes the next one.
 */
const TYPED = [
  'le',
  'lef',
  'lefe',
  'lefèvre',
  'mar',
  'mart',
  'martin j',
  'du',
  'dub',
  'дми',
  'смирн',
  'иванова',
  'gar',
  'garcia',
  'wil',
  'élo',
  '06 10',
  '06 10 00 1',
  '+33 6 10 00',
  'contact12',
  'contact4567@b',
];

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

function summary(samples: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: Math.round(percentile(sorted, 0.5)),
    p95: Math.round(percentile(sorted, 0.95)),
    runs: samples.length,
  };
}

useEmulators();
const dataApp = initializeAdminApp({ projectId: BENCH_PROJECT }, 'bench-admin');
const adminDb = () => getAdminFirestore(dataApp);
// The Auth emulator serves the web SDK from its default project only: the agent's account lives there.
const authApp = initializeAdminApp({ projectId }, 'bench-auth');
const adminAuth = () => getAdminAuth(authApp);
if (BENCH_PROJECT !== projectId) {
  const response = await fetch(
    `http://${firestoreEmulator.host}:${firestoreEmulator.port}/emulator/v1/projects/${BENCH_PROJECT}:securityRules`,
    {
      method: 'PUT',
      body: JSON.stringify({
        rules: {
          files: [{ name: 'firestore.rules', content: readFileSync(join(repoRoot, 'firestore.rules'), 'utf8') }],
        },
      }),
    },
  );
  if (!response.ok) throw new Error(`firestore.rules refused by the emulator (${response.status})`);
}

const tenantId = `bench-${Date.now().toString(36)}`;
const agentEmail = `${tenantId}@bench.example`;
const password = 'Bench-pass-2026';
const agent = await adminAuth().createUser({ email: agentEmail, password });
await adminAuth().setCustomUserClaims(agent.uid, { tenantId, role: 'agent' });
const now = new Date();
await adminDb().doc(paths.member(tenantId, agent.uid)).set({
  uid: agent.uid,
  email: agentEmail,
  displayName: 'Bench Agent',
  role: 'agent',
  status: 'active',
  locale: 'fr',
  requestedAt: now,
  decidedAt: now,
  decidedBy: agent.uid,
  sessionsRevokedAt: null,
  managerUid: null,
  updatedAt: now,
});

console.log(`generating ${CONTACTS} contacts and ${PROPERTIES} properties…`);
const generated = await generateTenant(adminDb(), {
  tenantId,
  agentUids: [agent.uid],
  contacts: CONTACTS,
  properties: PROPERTIES,
});
const docsPerSecond = Math.round((CONTACTS + PROPERTIES) / generated.seconds);
console.log(`generated in ${generated.seconds.toFixed(1)} s (${docsPerSecond} documents/s)`);

// What an agent's browser does when it opens Clients: the first page of 25, through the security rules.
const app = initializeApp({ projectId: BENCH_PROJECT, apiKey: 'demo-api-key' }, 'bench');
const auth = getAuth(app);
connectAuthEmulator(auth, authOrigin, { disableWarnings: true });
const db = getFirestore(app);
connectFirestoreEmulator(db, firestoreEmulator.host, firestoreEmulator.port);
await signInWithEmailAndPassword(auth, agentEmail, password);
const firstPage = query(collection(db, paths.contacts(tenantId)), orderBy('lastName'), limit(25));
const samples: number[] = [];
for (let run = 0; run < RUNS + 3; run += 1) {
  const started = performance.now();
  const snapshot = await getDocs(firstPage);
  if (snapshot.size !== 25) throw new Error(`expected a page of 25 contacts, got ${snapshot.size}`);
  if (run >= 3) samples.push(performance.now() - started);
}
const contactListFirstPage = summary(samples);
console.log(
  `contact list, first page of 25 (ms): median ${contactListFirstPage.median}, p95 ${contactListFirstPage.p95}`,
);

// The top bar's quick search: one array-contains query on searchTokens, 8 answers, through the rules.
const searchSamples: number[] = [];
let emptyAnswers = 0;
for (let run = 0; run < RUNS + 3; run += 1) {
  const typed = TYPED[run % TYPED.length] as string;
  const token = searchQueryToken(typed);
  if (token === null) throw new Error(`"${typed}" is too short to search`);
  const started = performance.now();
  const snapshot = await getDocs(
    query(collection(db, paths.contacts(tenantId)), where('searchTokens', 'array-contains', token), limit(8)),
  );
  const elapsed = performance.now() - started;
  if (snapshot.empty) emptyAnswers += 1;
  if (run >= 3) searchSamples.push(elapsed);
}
if (emptyAnswers > 0) throw new Error(`${emptyAnswers} quick searches found nothing: are the tokens generated?`);
const quickSearch = { ...summary(searchSamples), typed: TYPED.length };
console.log(`quick search, 8 answers (ms): median ${quickSearch.median}, p95 ${quickSearch.p95}`);

// Matching one property against the buyers' saved searches (matching-buyersForProperty's handler).
const matchedProperty = await seedMatchingBench(adminDb(), { tenantId, agentUid: agent.uid, buyers: MATCHING_BUYERS });
const matching = await measureMatching(adminDb(), {
  tenantId,
  agentUid: agent.uid,
  property: matchedProperty,
  buyers: MATCHING_BUYERS,
  runs: RUNS,
});
console.log(
  `matching, one property against ${MATCHING_BUYERS} buyer files (ms): median ${matching.median}, ` +
    `p95 ${matching.p95}, ${matching.documentsRead} documents read`,
);

// The client app's first screen on a phone, as Lighthouse scores it (served by the Hosting emulator).
// The app reads its domain from the default project, whichever project the figures above used.
const clientFirstScreen = await measureClientFirstScreen(getAdminFirestore(authApp), `${runtime().clientUrl}/`);
console.log(
  `client app first screen, Lighthouse mobile: performance ${clientFirstScreen.performance}, ` +
    `LCP ${clientFirstScreen.largestContentfulPaintMs} ms, TBT ${clientFirstScreen.totalBlockingTimeMs} ms`,
);

let bundles: unknown = null;
try {
  bundles = JSON.parse(readFileSync(join(repoRoot, '.artifacts', 'bundle-sizes.json'), 'utf8'));
} catch {
  bundles = 'run npm run build first';
}
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  dataSize: { contacts: CONTACTS, properties: PROPERTIES },
  project: BENCH_PROJECT,
  generator: { seconds: Number(generated.seconds.toFixed(1)), documentsPerSecond: docsPerSecond },
  contactListFirstPage,
  quickSearch,
  matching,
  clientFirstScreen,
  bundles,
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exit(0);
