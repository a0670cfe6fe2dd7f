import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

// settings/contacts: who sees which contact and the lead origins. Collaborators read it; nobody writes
// it through the rules: contacts-updateContactsSettings does (tests/functions/settings.int.test.ts).

const env = firestoreRulesEnvOfSuite();

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

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    beforeEach(async () => {
      await env.clearFirestore();
    });

    it('reads the settings', async () => {
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('own') });
      await assertSucceeds(settingsRef(persona).get());
    });

    it('cannot write them directly: contacts-updateContactsSettings validates every origin', async () => {
      await assertFails(settingsRef(persona).set(saved()));
      await seed(env, { [paths.contactsSettings(TENANT)]: stored('shared') });
      await assertFails(settingsRef(persona).update({ visibility: 'own', updatedAt: serverTime() }));
      await assertFails(
        settingsRef(persona).set(saved({ origins: [{ id: 'site web', label: 'Site web', active: true }] })),
      );
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
