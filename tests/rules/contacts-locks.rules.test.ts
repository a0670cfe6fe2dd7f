import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, contactDoc, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// Functions-only documents of the contacts: the lock every write adding emails or phones takes
// (tenants/{t}/locks/contacts) and the tombstone an erasure leaves (tenants/{t}/erasedContacts/{id}).
// No rule matches them: nobody reads or writes them from an app, whatever the visibility setting. The
// contact beside them stays readable to the staff, so each refusal below is the rules' and not the
// persona's.

const env = firestoreRulesEnvOfSuite();

const ERASED = 'erased-contact';

const settings = (visibility: 'shared' | 'own'): DocData => ({
  visibility,
  origins: [],
  updatedAt: at('2026-01-15T09:00:00Z'),
});

const tombstone = (): DocData => ({
  erasureId: 'e1',
  startedAt: at('2026-03-01T09:00:00Z'),
  completedAt: at('2026-03-01T09:00:02Z'),
  pending: null,
});

const STAFF = ['owner', 'admin', 'manager', 'agent'] as const;
const OTHERS = ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const;

async function expectNoAccess(persona: PersonaName) {
  const db = dbOf(env, persona);
  const lock = db.doc(paths.contactsLock(TENANT));
  const erased = db.doc(paths.erasedContact(TENANT, ERASED));
  await assertFails(lock.get());
  await assertFails(lock.set({ updatedAt: new Date() }));
  await assertFails(lock.update({ updatedAt: new Date() }));
  await assertFails(lock.delete());
  await assertFails(db.collection(`tenants/${TENANT}/locks`).get());
  await assertFails(erased.get());
  await assertFails(db.collection(paths.erasedContacts(TENANT)).get());
  await assertFails(db.collection(paths.erasedContacts(TENANT)).where('erasureId', '==', 'e1').get());
  await assertFails(erased.update({ pending: null }));
  await assertFails(erased.delete());
  // Creating a tombstone would block an import from recreating the contact: refused too.
  await assertFails(db.doc(paths.erasedContact(TENANT, CONTACT)).set(tombstone()));
}

for (const visibility of ['shared', 'own'] as const) {
  describe(`${visibility} visibility`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, {
        [paths.contactsSettings(TENANT)]: settings(visibility),
        [paths.contact(TENANT, CONTACT)]: {
          ...contactDoc(CONTACT),
          assignedAgentUid: uidOf('agent'),
          managerUid: uidOf('manager'),
        },
        [paths.contactsLock(TENANT)]: { updatedAt: at('2026-03-01T09:00:00Z') },
        [paths.erasedContact(TENANT, ERASED)]: tombstone(),
      });
    });

    for (const persona of STAFF) {
      it(`${persona} reads the contact, but neither the contacts lock nor an erased contact's tombstone`, async () => {
        await assertSucceeds(dbOf(env, persona).doc(paths.contact(TENANT, CONTACT)).get());
        await expectNoAccess(persona);
      });
    }

    for (const persona of OTHERS) {
      it(`${persona} neither reads nor writes the contacts lock and the tombstones`, async () => {
        await expectNoAccess(persona);
      });
    }
  });
}
