import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import {
  dbOf,
  OTHER_TENANT,
  personaMemberDocs,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

const env = firestoreRulesEnvOfSuite();

const past = at('2026-03-01T09:00:00Z');

/** A request as the mandates capability creates it (signatureRequestSchema). */
function requestDoc(id: string, requestedBy: string): DocData {
  return {
    id,
    subject: { kind: 'mandate', id: 'm1', propertyId: null, title: 'Mandat de vente n° 1' },
    document: { storagePath: `tenants/${TENANT}/mandates/m1/m.pdf`, sha256: 'a'.repeat(64), fileName: 'm.pdf' },
    signedDocument: null,
    ordering: 'sequential',
    signers: [],
    status: 'pending',
    locale: 'fr',
    requestedBy,
    expiresAt: past,
    createdAt: past,
    updatedAt: past,
    closedAt: null,
  };
}

const MINE = 'mine';
const THEIRS = 'theirs';
const requestRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.signatureRequest(tenantId, id));
const secretRef = (persona: PersonaName) => dbOf(env, persona).doc(paths.signatureSecret(TENANT, `${MINE}_s1`));
const tokenRef = (persona: PersonaName) => dbOf(env, persona).doc(paths.signatureToken('b'.repeat(64)));

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...personaMemberDocs(),
    [paths.signatureRequest(TENANT, MINE)]: requestDoc(MINE, uidOf('agent')),
    [paths.signatureRequest(TENANT, THEIRS)]: requestDoc(THEIRS, 'zoe-agent'),
    [paths.signatureRequest(OTHER_TENANT, THEIRS)]: requestDoc(THEIRS, uidOf('otherTenant')),
    [paths.signatureSecret(TENANT, `${MINE}_s1`)]: { codeHash: 'x', codeTries: 0 },
    [paths.signatureToken('b'.repeat(64))]: { tenantId: TENANT, requestId: MINE, signerId: 's1' },
  });
});

describe('signatureRequests', () => {
  for (const persona of ['owner', 'admin', 'manager'] as const) {
    it(`${persona} reads every request of the tenant and may list them`, async () => {
      await assertSucceeds(requestRef(persona, THEIRS).get());
      await assertSucceeds(dbOf(env, persona).collection(paths.signatureRequests(TENANT)).get());
    });
  }

  it('the agent reads the requests they sent, and lists them filtered on requestedBy', async () => {
    await assertSucceeds(requestRef('agent', MINE).get());
    await assertSucceeds(
      dbOf(env, 'agent').collection(paths.signatureRequests(TENANT)).where('requestedBy', '==', uidOf('agent')).get(),
    );
  });

  it("the agent reads no other agent's request, nor an unfiltered list", async () => {
    await assertFails(requestRef('agent', THEIRS).get());
    await assertFails(dbOf(env, 'agent').collection(paths.signatureRequests(TENANT)).get());
  });

  for (const persona of ['partner', 'client', 'pending', 'anonymous', 'otherTenant'] as const) {
    it(`${persona} reads no request of the tenant`, async () => {
      await assertFails(requestRef(persona, MINE).get());
    });
  }

  it('the other tenant reads its own', async () => {
    await assertSucceeds(requestRef('otherTenant', THEIRS, OTHER_TENANT).get());
  });

  for (const persona of ['owner', 'agent'] as const) {
    it(`${persona} writes no request: only functions do`, async () => {
      await assertFails(requestRef(persona, MINE).update({ status: 'signed' }));
      await assertFails(requestRef(persona, 'new').set(requestDoc('new', uidOf(persona))));
      await assertFails(requestRef(persona, MINE).delete());
    });
  }
});

describe('signature secrets and tokens', () => {
  for (const persona of ['owner', 'admin', 'agent', 'client', 'anonymous'] as const) {
    it(`${persona} neither reads nor writes codes or links`, async () => {
      await assertFails(secretRef(persona).get());
      await assertFails(secretRef(persona).set({ codeTries: 0 }));
      await assertFails(tokenRef(persona).get());
      await assertFails(tokenRef(persona).set({ tenantId: TENANT }));
    });
  }
});
