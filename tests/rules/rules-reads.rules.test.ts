import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, contactDoc, mailDoc, tenantDoc } from './fixtures';
import {
  CONTACT,
  coverageUrlsOf,
  createIsolatedRulesEnv,
  dbOf,
  personaMemberDocs,
  seed,
  TENANT,
  uidOf,
  type Db,
  type PersonaName,
} from './rules-env';

// The documents the rules read per request, measured: on a project of its own, the emulator's rule
// coverage counts every value each expression took, the paths given to get() and exists() among them.
// The paths a request adds are the documents the rules fetched for it (a document named twice, by
// exists() then get(), counts once). docs/data-model.md and docs/benchmarks.md quote these figures.

const PROJECT = `${process.env.RULES_PROJECT ?? 'demo-estate-rules'}-reads`;
const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));
const past = at('2026-01-15T09:00:00Z');

let env: RulesTestEnvironment;

interface CoverageNode {
  values?: { value: { pathValue?: { segments: { simple: string }[] } }; count: number }[];
  children?: CoverageNode[];
}

/** Every document path the rules have passed to get() or exists() so far, with how often. */
async function pathsRead(): Promise<Map<string, number>> {
  const response = await fetch(coverageUrlsOf(PROJECT).json);
  const { report } = (await response.json()) as { report: CoverageNode[] };
  const counts = new Map<string, number>();
  const visit = (nodes: readonly CoverageNode[]): void => {
    for (const node of nodes) {
      for (const { value, count } of node.values ?? []) {
        if (!value.pathValue) continue;
        const path = value.pathValue.segments.map((segment) => segment.simple).join('/');
        counts.set(path, (counts.get(path) ?? 0) + count);
      }
      visit(node.children ?? []);
    }
  };
  visit(report);
  return counts;
}

/** The documents the rules read to decide one request (which must be allowed). */
async function documentsReadBy(request: () => Promise<unknown>): Promise<string[]> {
  const before = await pathsRead();
  await assertSucceeds(request());
  const after = await pathsRead();
  return [...after]
    .filter(([path, count]) => count > (before.get(path) ?? 0))
    .map(([path]) => path.split('/documents/')[1] ?? path);
}

const db = (persona: PersonaName): Db => dbOf(env, persona);

/** Each request, the documents the rules read before they checked the member document, and now. */
const REQUESTS: [string, number, number, () => Promise<unknown>][] = [
  ['an agent reads the tenant', 0, 1, () => db('agent').doc(paths.tenant(TENANT)).get()],
  [
    'an agent reads their own member document',
    0,
    0,
    () =>
      db('agent')
        .doc(paths.member(TENANT, uidOf('agent')))
        .get(),
  ],
  ['an agent lists the team', 0, 1, () => db('agent').collection(paths.members(TENANT)).get()],
  ['the owner reads a contact', 1, 2, () => db('owner').doc(paths.contact(TENANT, CONTACT)).get()],
  [
    'an agent reads a contact of theirs ("own" visibility)',
    1,
    2,
    () => db('agent').doc(paths.contact(TENANT, CONTACT)).get(),
  ],
  [
    'an agent lists their contacts ("own" visibility)',
    1,
    2,
    () => db('agent').collection(paths.contacts(TENANT)).where('assignedAgentUid', '==', uidOf('agent')).get(),
  ],
  [
    'an agent reads a signatory of their client file',
    2,
    3,
    () =>
      db('agent')
        .doc(paths.signatory(TENANT, CONTACT, 's1'))
        .get(),
  ],
  ['an agent reads a mail about their client', 2, 3, () => db('agent').doc(paths.mail(TENANT, 'm1')).get()],
  ['an admin reads the portal secret', 0, 1, () => db('admin').doc(paths.leadsSecret(TENANT)).get()],
  ['an admin lists the erasure log', 0, 1, () => db('admin').collection(paths.erasures(TENANT)).get()],
  ['a client reads the tenant', 0, 1, () => db('client').doc(paths.tenant(TENANT)).get()],
  ['a client reads their profile', 0, 1, () => db('client').doc(paths.clientProfile(TENANT, CONTACT)).get()],
];

const measured: { request: string; before: number; now: number; documents: string[] }[] = [];

beforeAll(async () => {
  env = await createIsolatedRulesEnv(PROJECT);
  await env.clearFirestore();
  await seed(env, {
    ...personaMemberDocs(),
    ...clientSpaceDocs(),
    [paths.tenant(TENANT)]: tenantDoc(TENANT),
    [paths.contactsSettings(TENANT)]: { visibility: 'own', origins: [], updatedAt: past },
    [paths.contact(TENANT, CONTACT)]: contactDoc(CONTACT),
    [paths.signatory(TENANT, CONTACT, 's1')]: { id: 's1', lastName: 'Karenin' },
    [paths.mail(TENANT, 'm1')]: mailDoc(CONTACT),
    [paths.leadsSecret(TENANT)]: { secret: 's3cr3t', rotatedAt: past },
    [paths.clientProfile(TENANT, CONTACT)]: { contactId: CONTACT, firstName: 'Anna', updatedAt: past },
  });
});

afterAll(async () => {
  await mkdir(artifacts, { recursive: true });
  await writeFile(`${artifacts}rules-reads.json`, JSON.stringify(measured, null, 2));
  const highest = Math.max(...measured.map(({ now }) => now));
  console.log(`firestore rules: at most ${highest} documents read per request (${measured.length} requests measured)`);
  await env.cleanup();
});

describe('documents the rules read per request', () => {
  for (const [request, before, now, run] of REQUESTS) {
    it(`${request}: ${now} (${before} before the claims were checked against Firestore)`, async () => {
      const documents = await documentsReadBy(run);
      measured.push({ request, before, now: documents.length, documents });
      expect(documents).toHaveLength(now);
      expect(documents.length).toBeLessThanOrEqual(3);
    });
  }
});
