import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ORIGINS_MAX, paths } from '@estate/domain';
import { at, serverTime } from './fixtures';
import { createRulesEnv, dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

// settings/contacts: who sees which contact and the lead origins. Collaborators read it; owner and
// admin write it (Settings › Clients) with its shape checked and updatedAt stamped with the request time.

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

const origins = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `origin-${index}`, label: `Origine ${index}`, active: true }));

function stored(visibility: 'shared' | 'own'): DocData {
  return { visibility, origins: origins(2), updatedAt: at('2026-01-15T09:00:00Z') };
}

/** What Settings › Clients saves. */
function saved(changes: DocData = {}): DocData {
  return { visibility: 'own', origins: origins(3), updatedAt: serverTime(), ...changes };
}

const settingsRef = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.contactsSettings(tenantId));

/** One bad document per check of isValidContactsSettings; each must be refused. */
const malformed: [string, DocData][] = [
  ['an unknown visibility', saved({ visibility: 'team' })],
  ['no visibility', { origins: origins(1), updatedAt: serverTime() }],
  ['origins that are not a list', saved({ origins: { web: 'Site web' } })],
  [`more than ${ORIGINS_MAX} origins`, saved({ origins: origins(ORIGINS_MAX + 1) })],
  ['an updatedAt that is not the request time', saved({ updatedAt: at('2020-01-01T00:00:00Z') })],
  ['an unknown field', saved({ defaultAgentUid: 'x' })],
];

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    beforeEach(async () => {
      await env.clearFirestore();
    });

    it('creates the settings when the agency never saved them', async () => {
      await assertSucceeds(settingsRef(persona).set(saved()));
      await assertSucceeds(settingsRef(persona).get());
    });

    it(`keeps up to ${ORIGINS_MAX} origins`, async () => {
      await assertSucceeds(settingsRef(persona).set(saved({ origins: origins(ORIGINS_MAX) })));
    });

    it('switches the visibility and edits the origins', async () => {
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('shared') });
      await assertSucceeds(settingsRef(persona).update({ visibility: 'own', updatedAt: serverTime() }));
      await assertSucceeds(
        settingsRef(persona).update({
          origins: [...origins(2), { id: 'panneau', label: 'Panneau', active: false }],
          updatedAt: serverTime(),
        }),
      );
    });

    for (const [label, data] of malformed) {
      it(`cannot save ${label}`, async () => {
        await assertFails(settingsRef(persona).set(data));
        await seed(env, { [paths.contactsSettings(TENANT)]: stored('shared') });
        await assertFails(settingsRef(persona).set(data));
      });
    }

    it('cannot edit without stamping updatedAt', async () => {
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('shared') });
      await assertFails(settingsRef(persona).update({ visibility: 'own' }));
    });

    it('cannot delete the settings (that would silently share every contact)', async () => {
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('own') });
      await assertFails(settingsRef(persona).delete());
    });

    it('cannot read or write the settings of another tenant', async () => {
      await seed(env, { [paths.contactsSettings(OTHER_TENANT)]: stored('own') });
      await assertFails(settingsRef(persona, OTHER_TENANT).get());
      await assertFails(settingsRef(persona, OTHER_TENANT).set(saved()));
    });
  });
}

for (const persona of ['manager', 'agent'] as const) {
  describe(persona, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('own') });
    });

    it('reads the settings (forms offer the origins)', async () => {
      await assertSucceeds(settingsRef(persona).get());
    });

    it('cannot change them', async () => {
      await assertFails(settingsRef(persona).update({ visibility: 'shared', updatedAt: serverTime() }));
      await assertFails(settingsRef(persona).set(saved({ visibility: 'shared' })));
      await assertFails(settingsRef(persona).delete());
    });
  });
}

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('own') });
    });

    it('neither reads nor writes the settings', async () => {
      await assertFails(settingsRef(persona).get());
      await assertFails(settingsRef(persona).set(saved({ visibility: 'shared' })));
    });
  });
}
