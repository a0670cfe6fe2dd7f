import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, tenantDoc, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, seed, TENANT, type PersonaName } from './rules-env';

// quotas/{key}: the counters of functions/src/lib/quotas.ts. No rule matches them: nobody reads a
// counter (it would tell who was asked for) nor resets one from an app. The tenant document beside
// them stays readable to its staff, so each refusal below is the rules' and not the persona's.

const env = firestoreRulesEnvOfSuite();

const KEY = `${'a'.repeat(40)}-563200`;
const counter = (count: number) => ({
  scope: 'password-reset-address',
  count,
  windowStart: at('2034-04-01T08:00:00Z'),
  expireAt: at('2034-04-01T09:00:00Z'),
});

const PERSONAS: PersonaName[] = [
  'owner',
  'admin',
  'manager',
  'agent',
  'partner',
  'client',
  'otherClient',
  'pending',
  'otherTenant',
  'anonymous',
];

describe('quotas', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, { [paths.quota(KEY)]: counter(3), [paths.tenant(TENANT)]: tenantDoc(TENANT) });
  });

  it('the owner reads their tenant, which proves the persona works', async () => {
    await assertSucceeds(dbOf(env, 'owner').doc(paths.tenant(TENANT)).get());
  });

  for (const persona of PERSONAS) {
    it(`${persona} neither reads, lists, resets nor creates a counter`, async () => {
      const db = dbOf(env, persona);
      await assertFails(db.doc(paths.quota(KEY)).get());
      await assertFails(db.collection('quotas').get());
      await assertFails(db.doc(paths.quota(KEY)).set(counter(0)));
      await assertFails(db.doc(paths.quota(KEY)).update({ count: 0 }));
      await assertFails(db.doc(paths.quota(KEY)).delete());
      await assertFails(db.doc(paths.quota(`${'b'.repeat(40)}-563200`)).set(counter(0)));
    });
  }
});
