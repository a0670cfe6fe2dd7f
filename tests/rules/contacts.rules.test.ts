import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { and, collection, getDocs, or, orderBy, query, where, type Firestore } from 'firebase/firestore';
import { at, contactDoc, newContact, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import {
  CONTACT,
  dbOf,
  OTHER_CONTACT,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

// Contacts are written only by the contacts-* callables (and team-setManager, leads): every write from
// an app is refused. Reads follow settings/contacts.visibility: "shared" (the default) opens every
// contact to every collaborator; "own" limits agents to the contacts assigned or shared to them and
// managers to those and their team's, while owner and admin see all. A client reads no contact, not
// even their own: they read its projection clientProfiles/{contactId} (client-profiles.rules.test.ts).

const env = firestoreRulesEnvOfSuite();

/** Another agent of the agency, in the manager's team. */
const ZOE = 'zoe-agent';
/** Assigned to Zoe and shared with the agent. */
const SHARED = 'carl';
/** Assigned to Zoe; its manager field names the agent, who is no manager (a former manager, say). */
const NOT_MINE = 'dora';

/** The four contacts: anna (the agent's, client space), boris (Zoe's, in the manager's team), carl, dora. */
function contacts(): Record<string, DocData> {
  return {
    [paths.contact(TENANT, CONTACT)]: { ...contactDoc(CONTACT), assignedAgentUid: uidOf('agent'), managerUid: null },
    [paths.contact(TENANT, OTHER_CONTACT)]: {
      ...contactDoc(OTHER_CONTACT),
      assignedAgentUid: ZOE,
      managerUid: uidOf('manager'),
      sharedWithUids: [],
    },
    [paths.contact(TENANT, SHARED)]: {
      ...contactDoc(SHARED),
      assignedAgentUid: ZOE,
      managerUid: null,
      sharedWithUids: [uidOf('agent')],
    },
    [paths.contact(TENANT, NOT_MINE)]: {
      ...contactDoc(NOT_MINE),
      assignedAgentUid: ZOE,
      managerUid: uidOf('agent'),
      sharedWithUids: [],
    },
    [paths.contact(OTHER_TENANT, SHARED)]: contactDoc(SHARED),
  };
}

const settings = (visibility: 'shared' | 'own'): DocData => ({
  visibility,
  origins: [],
  updatedAt: at('2026-01-15T09:00:00Z'),
});

const contactRef = (persona: PersonaName, contactId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.contact(tenantId, contactId));
const contactsOf = (persona: PersonaName, tenantId = TENANT) => dbOf(env, persona).collection(paths.contacts(tenantId));

/**
 * The "own"-mode list the admin app asks for (docs/data-model.md): one or() query of the kind, by last
 * name. The compat SDK of the test contexts has no or(), so the query goes through the modular instance
 * underneath.
 */
function ownQuery(persona: 'agent' | 'manager', kind?: 'client') {
  const modular = (dbOf(env, persona) as unknown as { _delegate: Firestore })._delegate;
  const uid = uidOf(persona);
  const clauses = [where('assignedAgentUid', '==', uid), where('sharedWithUids', 'array-contains', uid)];
  if (persona === 'manager') clauses.push(where('managerUid', '==', uid));
  const visible = or(...clauses);
  return getDocs(
    query(
      collection(modular, paths.contacts(TENANT)),
      kind ? and(where('kind', '==', kind), visible) : visible,
      orderBy('lastName'),
    ),
  );
}

const ids = (snapshot: { docs: { id: string }[] }) => snapshot.docs.map((doc) => doc.id).sort();

const ALL = [CONTACT, OTHER_CONTACT, SHARED, NOT_MINE].sort();

for (const mode of ['absent', 'shared'] as const) {
  describe(`shared visibility (settings ${mode === 'absent' ? 'never saved' : 'saying shared'})`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, {
        ...contacts(),
        ...(mode === 'shared' ? { [paths.contactsSettings(TENANT)]: settings('shared') } : {}),
      });
    });

    for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
      it(`${persona} reads every contact and lists them all`, async () => {
        for (const id of ALL) await assertSucceeds(contactRef(persona, id).get());
        expect(ids(await assertSucceeds(contactsOf(persona).get()))).toEqual(ALL);
      });

      it(`${persona} cannot read the contacts of another tenant`, async () => {
        await assertFails(contactRef(persona, SHARED, OTHER_TENANT).get());
        await assertFails(contactsOf(persona, OTHER_TENANT).get());
      });
    }

    it('a partner reads no contact', async () => {
      await assertFails(contactRef('partner', CONTACT).get());
      await assertFails(contactsOf('partner').get());
    });

    it('a client reads no contact, not even their own, and lists nothing', async () => {
      // The documents are there: the assigned agent reads them.
      await assertSucceeds(contactRef('agent', CONTACT).get());
      await assertSucceeds(contactRef('agent', OTHER_CONTACT).get());
      await assertFails(contactRef('client', CONTACT).get());
      await assertFails(contactRef('client', OTHER_CONTACT).get());
      await assertFails(contactRef('otherClient', OTHER_CONTACT).get());
      await assertFails(contactRef('otherClient', CONTACT).get());
      await assertFails(contactsOf('client').get());
    });

    for (const persona of ['pending', 'otherTenant', 'anonymous'] as const) {
      it(`${persona} reads no contact`, async () => {
        await assertFails(contactRef(persona, CONTACT).get());
        await assertFails(contactsOf(persona).get());
      });
    }
  });
}

describe('own visibility', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, { ...contacts(), [paths.contactsSettings(TENANT)]: settings('own') });
  });

  for (const persona of ['owner', 'admin'] as const) {
    it(`${persona} still reads and lists every contact`, async () => {
      for (const id of ALL) await assertSucceeds(contactRef(persona, id).get());
      expect(ids(await assertSucceeds(contactsOf(persona).get()))).toEqual(ALL);
    });
  }

  describe('agent', () => {
    it('reads the contacts assigned to them and those shared with them', async () => {
      await assertSucceeds(contactRef('agent', CONTACT).get());
      await assertSucceeds(contactRef('agent', SHARED).get());
    });

    it("cannot read another agent's contact, even one naming them as manager", async () => {
      await assertFails(contactRef('agent', OTHER_CONTACT).get());
      await assertFails(contactRef('agent', NOT_MINE).get());
    });

    it('lists with the or() query of their own and shared contacts', async () => {
      expect(ids(await assertSucceeds(ownQuery('agent')))).toEqual([CONTACT, SHARED].sort());
      expect(ids(await assertSucceeds(ownQuery('agent', 'client')))).toEqual([CONTACT, SHARED].sort());
      const shared = await assertSucceeds(
        contactsOf('agent').where('sharedWithUids', 'array-contains', uidOf('agent')).get(),
      );
      expect(ids(shared)).toEqual([SHARED]);
      const assigned = await assertSucceeds(contactsOf('agent').where('assignedAgentUid', '==', uidOf('agent')).get());
      expect(ids(assigned)).toEqual([CONTACT]);
    });

    it("cannot list every contact, nor another agent's", async () => {
      await assertFails(contactsOf('agent').get());
      await assertFails(contactsOf('agent').where('assignedAgentUid', '==', ZOE).get());
      await assertFails(contactsOf('agent').where('managerUid', '==', uidOf('agent')).get());
      await assertFails(contactsOf('agent').orderBy('lastName').get());
      await assertFails(contactsOf('agent').where('sharedWithUids', 'array-contains', ZOE).get());
    });
  });

  describe('manager', () => {
    it("reads their team's contacts", async () => {
      await assertSucceeds(contactRef('manager', OTHER_CONTACT).get());
    });

    it('cannot read contacts outside their team that are neither theirs nor shared', async () => {
      await assertFails(contactRef('manager', CONTACT).get());
      await assertFails(contactRef('manager', SHARED).get());
      await assertFails(contactRef('manager', NOT_MINE).get());
    });

    it('lists with the or() query including their team', async () => {
      expect(ids(await assertSucceeds(ownQuery('manager')))).toEqual([OTHER_CONTACT]);
    });

    it('cannot list every contact', async () => {
      await assertFails(contactsOf('manager').get());
      await assertFails(contactsOf('manager').where('assignedAgentUid', '==', uidOf('agent')).get());
    });
  });

  it('a partner reads no contact', async () => {
    await assertFails(contactRef('partner', CONTACT).get());
    await assertFails(contactsOf('partner').where('assignedAgentUid', '==', uidOf('partner')).get());
  });

  it('a client reads no contact, not even their own', async () => {
    // The documents are there: their agent and the manager read them.
    await assertSucceeds(contactRef('agent', CONTACT).get());
    await assertSucceeds(contactRef('manager', OTHER_CONTACT).get());
    await assertFails(contactRef('client', CONTACT).get());
    await assertFails(contactRef('client', OTHER_CONTACT).get());
    await assertFails(contactRef('otherClient', OTHER_CONTACT).get());
    await assertFails(contactRef('otherClient', CONTACT).get());
    await assertFails(contactsOf('client').where('assignedAgentUid', '==', uidOf('agent')).get());
  });

  it('the owner of another tenant reads nothing here', async () => {
    await assertFails(contactRef('otherTenant', CONTACT).get());
    await assertFails(contactsOf('otherTenant').get());
  });
});

describe('writes (contacts-* callables only)', () => {
  const everyone: PersonaName[] = [
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

  for (const visibility of ['shared', 'own'] as const) {
    describe(`in ${visibility} mode`, () => {
      beforeEach(async () => {
        await env.clearFirestore();
        await seed(env, { ...contacts(), [paths.contactsSettings(TENANT)]: settings(visibility) });
      });

      for (const persona of everyone) {
        it(`${persona} cannot create, edit or delete a contact`, async () => {
          const creator = persona === 'anonymous' ? 'nobody' : uidOf(persona);
          await assertFails(contactRef(persona, 'eve').set(newContact('eve', creator)));
          await assertFails(contactRef(persona, CONTACT).update({ lastName: 'Vronskaya', updatedAt: serverTime() }));
          await assertFails(
            contactRef(persona, CONTACT).update({ deletionRequest: null, managerUid: null, updatedAt: serverTime() }),
          );
          await assertFails(
            contactRef(persona, CONTACT).update({ sharedWithUids: [creator], updatedAt: serverTime() }),
          );
          await assertFails(contactRef(persona, CONTACT).delete());
        });
      }
    });
  }
});
