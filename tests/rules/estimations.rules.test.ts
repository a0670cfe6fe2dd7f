import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

/**
 * properties/{id}/estimations/{id}: an estimation's range, method, comparables and notes. Collaborators
 * read them; nobody writes one from an app (estimations-saveEstimation does); clients, partners and
 * other agencies read nothing. Every allow has its deny.
 */
const env = firestoreRulesEnvOfSuite();

const PROPERTY = 'villa';
const STORED = 'spring-estimate';

function estimation(id: string): DocData {
  return {
    id,
    propertyId: PROPERTY,
    low: 380_000,
    high: 410_000,
    method: 'comparison',
    comparables: [],
    notes: 'Seller expects 450 000 €',
    createdBy: 'agent-uid',
    createdByName: 'Sophie',
    createdAt: at('2026-03-01T09:00:00Z'),
    updatedAt: at('2026-03-01T09:00:00Z'),
    requestId: id,
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.property(TENANT, PROPERTY)]: { id: PROPERTY, reference: 'V-00001' },
    [paths.estimation(TENANT, PROPERTY, STORED)]: estimation(STORED),
    [paths.estimation(OTHER_TENANT, PROPERTY, STORED)]: estimation(STORED),
  });
});

const docRef = (persona: PersonaName, id = STORED, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.estimation(tenantId, PROPERTY, id));
const listOf = (persona: PersonaName) => dbOf(env, persona).collection(paths.estimations(TENANT, PROPERTY)).limit(20);

describe('estimations', () => {
  for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
    it(`${persona} reads and lists them, and writes none`, async () => {
      await assertSucceeds(docRef(persona).get());
      await assertSucceeds(listOf(persona).get());
      await assertFails(docRef(persona, 'new-one').set(estimation('new-one')));
      await assertFails(docRef(persona).update({ low: 1 }));
      await assertFails(docRef(persona).delete());
    });
  }

  for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} neither reads nor lists them`, async () => {
      await assertFails(docRef(persona).get());
      await assertFails(listOf(persona).get());
      await assertFails(docRef(persona, 'new-one').set(estimation('new-one')));
    });
  }

  it('an agent does not read another agency’s estimations', async () => {
    await assertSucceeds(docRef('otherTenant', STORED, OTHER_TENANT).get());
    await assertFails(docRef('agent', STORED, OTHER_TENANT).get());
  });
});
