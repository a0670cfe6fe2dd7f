import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// settings/discounts: the sales team (owner, admin, manager, agent) reads the largest discount a manager
// grants alone; partners, clients and other tenants do not. Nobody writes it from an app, not even the
// owner: discounts-saveSettings does.

const env = firestoreRulesEnvOfSuite();

const settingsDoc = { maxManagerPercent: 3, updatedAt: at('2026-12-07T10:00:00Z'), updatedBy: uidOf('owner') };

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.discountSettings(TENANT)]: settingsDoc,
    [paths.discountSettings(OTHER_TENANT)]: settingsDoc,
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads the tenant's discount threshold, not another tenant's", async () => {
      await assertSucceeds(db(persona).doc(paths.discountSettings(TENANT)).get());
      await assertFails(db(persona).doc(paths.discountSettings(OTHER_TENANT)).get());
    });

    it('never writes it: discounts-saveSettings does', async () => {
      await assertFails(
        db(persona)
          .doc(paths.discountSettings(TENANT))
          .set({ ...settingsDoc, maxManagerPercent: 50 }),
      );
      await assertFails(db(persona).doc(paths.discountSettings(TENANT)).update({ maxManagerPercent: 50 }));
      await assertFails(db(persona).doc(paths.discountSettings(TENANT)).delete());
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('neither reads nor writes the threshold', async () => {
      await assertFails(db(persona).doc(paths.discountSettings(TENANT)).get());
      await assertFails(
        db(persona)
          .doc(paths.discountSettings(TENANT))
          .set({ ...settingsDoc, maxManagerPercent: 50 }),
      );
    });
  });
}
