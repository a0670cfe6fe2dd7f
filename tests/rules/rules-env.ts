import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
  type TokenOptions,
} from '@firebase/rules-unit-testing';
import firebase from 'firebase/compat/app';
import 'firebase/compat/firestore';
import 'firebase/compat/storage';
import { firestoreEmulator, storageEmulator } from '../support/emulator-env';
import { rulesProjectOfWorker } from './rules-workers';

// Denied requests are the point of these suites: keep the SDK from logging each one as a warning.
firebase.firestore.setLogLevel('silent');

const PROJECT_ID = rulesProjectOfWorker(Number(process.env.VITEST_POOL_ID ?? 1));
const { host: FIRESTORE_HOST, port: FIRESTORE_PORT } = firestoreEmulator;
const { host: STORAGE_HOST, port: STORAGE_PORT } = storageEmulator;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function readRepoFile(name: 'firestore.rules' | 'storage.rules'): string {
  return readFileSync(`${repoRoot}${name}`, 'utf8');
}

function emulatorBase(projectId: string): string {
  return `http://${FIRESTORE_HOST}:${FIRESTORE_PORT}/emulator/v1/projects/${projectId}`;
}

/**
 * Loads firestore.rules once per run into each worker's project (from the global setup). Loading rules
 * resets the emulator's coverage counters, so test files connect without loading them again.
 */
export async function loadFirestoreRules(projectId: string): Promise<void> {
  const response = await fetch(`${emulatorBase(projectId)}:securityRules`, {
    method: 'PUT',
    body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: readRepoFile('firestore.rules') }] } }),
  });
  if (!response.ok) {
    throw new Error(`firestore.rules were refused by the emulator (${response.status}): ${await response.text()}`);
  }
}

export function coverageUrlsOf(projectId: string) {
  return { json: `${emulatorBase(projectId)}:ruleCoverage`, html: `${emulatorBase(projectId)}:ruleCoverage.html` };
}

/**
 * A Firestore test environment on our project, using the rules the global setup loaded. The rules
 * trust a staff token only while its member document is active with the same role (inTenant), so the
 * staff personas' member documents are there from the start and after every clearFirestore(): a test
 * changes one (deactivated, demoted, revoked) by seeding it.
 */
export async function createRulesEnv(): Promise<RulesTestEnvironment> {
  const env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { host: FIRESTORE_HOST, port: FIRESTORE_PORT },
  });
  const clear = env.clearFirestore.bind(env);
  env.clearFirestore = async () => {
    await clear();
    await seed(env, personaMemberDocs());
  };
  await seed(env, personaMemberDocs());
  return env;
}

/**
 * A Firestore test environment on a project of its own, firestore.rules loaded into it afresh: its rule
 * coverage (what the rules evaluated, with counts) holds only what this environment's requests made.
 */
export function createIsolatedRulesEnv(projectId: string): Promise<RulesTestEnvironment> {
  return initializeTestEnvironment({
    projectId,
    firestore: { host: FIRESTORE_HOST, port: FIRESTORE_PORT, rules: readRepoFile('firestore.rules') },
  });
}

/** A Storage test environment; it loads storage.rules into the Storage emulator. */
export function createStorageRulesEnv(): Promise<RulesTestEnvironment> {
  return initializeTestEnvironment({
    projectId: PROJECT_ID,
    storage: { host: STORAGE_HOST, port: STORAGE_PORT, rules: readRepoFile('storage.rules') },
  });
}

export const TENANT = 'acme';
export const OTHER_TENANT = 'rival';
/** The contact the `client` persona is; `otherClient` is the client of OTHER_CONTACT. */
export const CONTACT = 'anna';
export const OTHER_CONTACT = 'boris';

export type StaffRole = 'owner' | 'admin' | 'manager' | 'agent' | 'partner';
export type PersonaName = StaffRole | 'client' | 'otherClient' | 'pending' | 'otherTenant' | 'anonymous';

interface Persona {
  uid: string | null;
  claims: TokenOptions;
}

const PERSONAS: Record<PersonaName, Persona> = {
  owner: { uid: 'olga-owner', claims: { tenantId: TENANT, role: 'owner' } },
  admin: { uid: 'adam-admin', claims: { tenantId: TENANT, role: 'admin' } },
  manager: { uid: 'mia-manager', claims: { tenantId: TENANT, role: 'manager' } },
  agent: { uid: 'alex-agent', claims: { tenantId: TENANT, role: 'agent' } },
  partner: { uid: 'pia-partner', claims: { tenantId: TENANT, role: 'partner' } },
  client: { uid: 'anna-client', claims: { tenantId: TENANT, role: 'client', contactId: CONTACT } },
  otherClient: { uid: 'boris-client', claims: { tenantId: TENANT, role: 'client', contactId: OTHER_CONTACT } },
  // Signed up and asked for access: a member document but no claims yet.
  pending: { uid: 'paul-pending', claims: {} },
  // The owner of another tenant: every claim right but the tenant.
  otherTenant: { uid: 'rita-rival', claims: { tenantId: OTHER_TENANT, role: 'owner' } },
  anonymous: { uid: null, claims: {} },
};

const MEMBER_SINCE = firebase.firestore.Timestamp.fromDate(new Date('2026-01-15T09:00:00Z'));

/** A member document as the team-* functions write it (memberSchema): active unless told. */
export function memberDoc(uid: string, role: StaffRole | null, status = 'active'): DocData {
  return {
    uid,
    email: `${uid}@example.com`,
    displayName: uid,
    role,
    status,
    locale: 'fr',
    requestedAt: MEMBER_SINCE,
    decidedAt: role === null ? null : MEMBER_SINCE,
    decidedBy: role === null ? null : uidOf('owner'),
    sessionsRevokedAt: null,
    managerUid: null,
    updatedAt: MEMBER_SINCE,
  };
}

const STAFF_PERSONAS: StaffRole[] = ['owner', 'admin', 'manager', 'agent', 'partner'];

/** The member documents behind the staff personas' claims (the other tenant's owner included). */
export function personaMemberDocs(): Record<string, DocData> {
  return {
    ...Object.fromEntries(
      STAFF_PERSONAS.map((role) => [`tenants/${TENANT}/members/${uidOf(role)}`, memberDoc(uidOf(role), role)]),
    ),
    [`tenants/${OTHER_TENANT}/members/${uidOf('otherTenant')}`]: memberDoc(uidOf('otherTenant'), 'owner'),
  };
}

export function uidOf(name: PersonaName): string {
  const { uid } = PERSONAS[name];
  if (uid === null) throw new Error(`${name} has no uid`);
  return uid;
}

export function contextOf(env: RulesTestEnvironment, name: PersonaName): RulesTestContext {
  const { uid, claims } = PERSONAS[name];
  return uid === null ? env.unauthenticatedContext() : env.authenticatedContext(uid, claims);
}

export type Db = firebase.firestore.Firestore;

export function dbOf(env: RulesTestEnvironment, name: PersonaName): Db {
  return contextOf(env, name).firestore();
}

export type DocData = firebase.firestore.DocumentData;

/** Writes documents with the rules switched off: the state each test starts from. */
export async function seed(env: RulesTestEnvironment, docs: Record<string, DocData>): Promise<void> {
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    await Promise.all(Object.entries(docs).map(([path, data]) => db.doc(path).set(data)));
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by one probe: whether Google's storage rules runtime (not the permissive stand-in) runs. */
    storageRulesEnforced: boolean;
  }
}

export const STORAGE_LEFT_OUT =
  "storage.rules tests left out: Google's storage rules runtime is not available here (a stand-in that permits everything runs instead)";

/**
 * Whether the Storage emulator really enforces storage.rules. Our rules deny everything outside the
 * private files' folders, so an anonymous write to `probe/x` that SUCCEEDS means the permissive stand-in runs.
 */
export async function storageRulesEnforced(): Promise<boolean> {
  const env = await createStorageRulesEnv();
  try {
    const probe = env.unauthenticatedContext().storage().ref('probe/x');
    const written = await probe.put(new Uint8Array([1]), { contentType: 'text/plain' }).then(
      () => true,
      () => false,
    );
    if (written) await probe.delete().catch(() => undefined);
    return !written;
  } finally {
    await env.cleanup();
  }
}
