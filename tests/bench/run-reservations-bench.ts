// `npm run bench`, reservations: the expiry run of reservations-releaseDue over 10 000 active
// reservations of which 2 000 are due. Runs in a project of its own on the running emulators, so no
// trigger of a running functions emulator (history copies, mail delivery) joins the figures.
// Figures go to .artifacts/bench-reservations.json and are copied by hand into docs/benchmarks.md.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BRANDING, EMPTY_AGENCY_LEGAL, paths, tenantModel, memberModel } from '@estate/domain';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';
import { projectId, repoRoot, useEmulators } from '../support/emulator-env';
import { measureReleaseDue, seedReservationsBench } from './reservations-bench';

const ACTIVE = Number(process.env.BENCH_RESERVATIONS ?? 10_000);
const DUE = Number(process.env.BENCH_RESERVATIONS_DUE ?? 2_000);

useEmulators();
const db = getFirestore(initializeApp({ projectId: `${projectId}-reservations` }, 'reservations-bench'));
const now = new Date();
const tenantId = `bench-${Date.now().toString(36)}`;
const agentUid = 'bench-manager';
await db
  .doc(paths.tenant(tenantId))
  .withConverter(converterOf(tenantModel))
  .set({
    id: tenantId,
    slug: tenantId,
    name: 'Девелопер Бенч',
    capabilities: ['developer'],
    company: { legalName: '', address: '', phone: '', email: '', registrationNumber: '', vatNumber: '' },
    legal: EMPTY_AGENCY_LEGAL,
    branding: DEFAULT_BRANDING,
    locale: 'ru',
    currency: 'RUB',
    country: 'RU',
    hosts: { admin: `${tenantId}-admin.bench.example`, client: `${tenantId}.bench.example` },
    ownerUid: agentUid,
    map: null,
    createdAt: now,
    updatedAt: now,
  });
await db.doc(paths.member(tenantId, agentUid)).withConverter(converterOf(memberModel)).set({
  uid: agentUid,
  email: 'manager@bench.example',
  displayName: 'Менеджер Бенч',
  role: 'manager',
  status: 'active',
  locale: 'ru',
  requestedAt: now,
  decidedAt: now,
  decidedBy: agentUid,
  sessionsRevokedAt: null,
  managerUid: null,
  updatedAt: now,
});

console.log(`seeding ${ACTIVE} active reservations, ${DUE} of them due…`);
const seedStarted = performance.now();
await seedReservationsBench(db, { tenantId, agentUid, active: ACTIVE, due: DUE, now });
console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
const release = await measureReleaseDue(db, { active: ACTIVE, due: DUE, now });
console.log(
  `expiry run, ${DUE} due of ${ACTIVE} active: ${release.runMs} ms, ${release.documentsRead} documents read ` +
    `(${release.queryReads} by the paging); replay ${release.replayMs} ms, ${release.replayReleased} released`,
);
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  release,
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench-reservations.json'), `${JSON.stringify(result, null, 2)}\n`);
process.exit(0);
