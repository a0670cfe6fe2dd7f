// `npm run bench`: seeds a large agency into the running emulators and measures what users feel.
// Figures go to .artifacts/bench.json and are copied by hand into docs/benchmarks.md with the machine.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '@estate/domain';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { collection, connectFirestoreEmulator, getDocs, getFirestore, limit, orderBy, query } from 'firebase/firestore';
import { adminAuth, adminDb } from '../support/admin';
import { authOrigin, firestoreEmulator, projectId, repoRoot } from '../support/emulator-env';
import { generateTenant } from './generate-tenant';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 5000);
const PROPERTIES = Number(process.env.BENCH_PROPERTIES ?? 2000);
const RUNS = 30;

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
const app = initializeApp({ projectId, apiKey: 'demo-api-key' }, 'bench');
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
  generator: { seconds: Number(generated.seconds.toFixed(1)), documentsPerSecond: docsPerSecond },
  contactListFirstPage,
  bundles,
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exit(0);
