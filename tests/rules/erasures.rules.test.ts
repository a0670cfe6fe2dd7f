import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// erasures: the audit entries contacts-eraseContact leaves. Owner and admin read the log; nobody
// writes it from an app, so nobody can forge, edit or remove a trace.

const env = firestoreRulesEnvOfSuite();

const ERASURE = 'e1';

function erasureDoc(id: string): DocData {
  return {
    id,
    erasedBy: uidOf('admin'),
    erasedByName: 'Adam Admin',
    erasedAt: at('2026-03-01T09:00:00Z'),
    reason: 'gdpr-request',
    contactKind: 'client',
    requested: true,
    counts: {
      contact: 1,
      subcollections: { notes: 2 },
      removed: {
        'contact-file': { files: 1 },
        pipeline: { interests: 1 },
        history: { historyDeleted: 3, historyUnlinked: 1 },
        mail: { mails: 2 },
        'client-space': { portalAccount: 1 },
      },
    },
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.erasure(TENANT, ERASURE)]: erasureDoc(ERASURE),
    [paths.erasure(OTHER_TENANT, ERASURE)]: erasureDoc(ERASURE),
  });
});

const erasureRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.erasure(tenantId, id));

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads the erasure log', async () => {
      await assertSucceeds(erasureRef(persona, ERASURE).get());
      const log = await assertSucceeds(
        dbOf(env, persona).collection(paths.erasures(TENANT)).orderBy('erasedAt', 'desc').get(),
      );
      expect(log.size).toBe(1);
    });

    it('cannot write, edit or remove an entry (contacts-eraseContact only)', async () => {
      await assertFails(erasureRef(persona, 'e2').set(erasureDoc('e2')));
      await assertFails(erasureRef(persona, ERASURE).update({ reason: 'deletion' }));
      await assertFails(erasureRef(persona, ERASURE).delete());
    });

    it('cannot read the log of another tenant', async () => {
      await assertFails(erasureRef(persona, ERASURE, OTHER_TENANT).get());
      await assertFails(dbOf(env, persona).collection(paths.erasures(OTHER_TENANT)).get());
    });
  });
}

for (const persona of ['manager', 'agent', 'partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('neither reads nor writes the erasure log', async () => {
      await assertFails(erasureRef(persona, ERASURE).get());
      await assertFails(dbOf(env, persona).collection(paths.erasures(TENANT)).get());
      await assertFails(erasureRef(persona, 'e2').set(erasureDoc('e2')));
    });
  });
}
