import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_CONTACT, seed, TENANT, type PersonaName } from './rules-env';

// clientPreferences/{contactId}: what a client chose in their account, written by the client directly.

const env = firestoreRulesEnvOfSuite();

const past = at('2026-01-15T09:00:00Z');
const prefs = (persona: PersonaName, contactId: string) =>
  dbOf(env, persona).doc(paths.clientPreferences(TENANT, contactId));

describe('clientPreferences', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, {
      ...clientSpaceDocs(),
      [paths.clientPreferences(TENANT, OTHER_CONTACT)]: { optionalMail: true, updatedAt: past },
    });
  });

  it('a client writes and reads their own choice', async () => {
    await assertSucceeds(prefs('client', CONTACT).set({ optionalMail: false, updatedAt: serverTime() }));
    await assertSucceeds(prefs('client', CONTACT).set({ optionalMail: true, updatedAt: serverTime() }));
    await assertSucceeds(prefs('client', CONTACT).get());
    await assertSucceeds(prefs('otherClient', OTHER_CONTACT).update({ optionalMail: false, updatedAt: serverTime() }));
  });

  it('a client neither reads nor writes another client’s', async () => {
    await assertFails(prefs('client', OTHER_CONTACT).get());
    await assertFails(prefs('client', OTHER_CONTACT).set({ optionalMail: false, updatedAt: serverTime() }));
    await assertFails(prefs('otherClient', CONTACT).set({ optionalMail: false, updatedAt: serverTime() }));
  });

  it('refuses a choice of the wrong shape, and any deletion', async () => {
    await assertFails(prefs('client', CONTACT).set({ optionalMail: 'no', updatedAt: serverTime() }));
    await assertFails(prefs('client', CONTACT).set({ optionalMail: false, updatedAt: past }));
    await assertFails(prefs('client', CONTACT).set({ optionalMail: false }));
    await assertFails(prefs('client', CONTACT).set({ optionalMail: false, updatedAt: serverTime(), extra: 1 }));
    await assertSucceeds(prefs('client', CONTACT).set({ optionalMail: false, updatedAt: serverTime() }));
    await assertFails(prefs('client', CONTACT).delete());
  });

  for (const persona of ['owner', 'agent', 'partner', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} neither reads nor writes a client’s choice`, async () => {
      await assertFails(prefs(persona, OTHER_CONTACT).get());
      await assertFails(prefs(persona, CONTACT).set({ optionalMail: false, updatedAt: serverTime() }));
    });
  }
});
