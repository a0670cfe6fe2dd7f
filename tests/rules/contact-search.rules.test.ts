import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { contactSearchTokens, paths } from '@estate/domain';
import { contactDoc, deleteField, newContact, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// searchTokens belong to contacts-onContactWritten, and contacts to the contacts-* callables: nobody
// writes a contact from an app, so nobody forges tokens. This suite proves it, and that the
// quick-search query is open exactly to the collaborators of the tenant, per clause in 'own' mode.

const env = firestoreRulesEnvOfSuite();

const PROSPECT = 'carl';
const NEW_CONTACT = 'dora';

/** A stored contact with the tokens contacts-onContactWritten gives it. */
const withTokens = (contactId: string): DocData => {
  const { firstName, lastName, companyName, emails, phones } = contactDoc(contactId);
  return {
    ...contactDoc(contactId),
    searchTokens: contactSearchTokens({ firstName, lastName, companyName, emails, phones }),
  };
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.contact(TENANT, CONTACT)]: withTokens(CONTACT),
    [paths.contact(TENANT, PROSPECT)]: withTokens(PROSPECT),
    [paths.contact(OTHER_TENANT, PROSPECT)]: withTokens(PROSPECT),
  });
});

const contactRef = (persona: PersonaName, contactId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.contact(tenantId, contactId));

/** The quick search of the admin app's top bar. */
const search = (persona: PersonaName, token: string, tenantId = TENANT) =>
  dbOf(env, persona).collection(paths.contacts(tenantId)).where('searchTokens', 'array-contains', token).limit(8).get();

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('searches the contacts by token', async () => {
      const found = await assertSucceeds(search(persona, 'kare'));
      expect(found.size).toBe(2);
      expect((await assertSucceeds(search(persona, 'zzz'))).size).toBe(0);
    });

    it('cannot search the contacts of another tenant', async () => {
      await assertFails(search(persona, 'kare', OTHER_TENANT));
    });

    it('writes no contact, with tokens or without: the contacts-* callables do', async () => {
      await assertFails(contactRef(persona, NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf(persona))));
      await assertFails(
        contactRef(persona, 'eve').set({ ...newContact('eve', uidOf(persona)), searchTokens: ['vip', 'anna'] }),
      );
      await assertFails(contactRef(persona, CONTACT).update({ lastName: 'Vronskaya', updatedAt: serverTime() }));
      await assertFails(contactRef(persona, CONTACT).update({ searchTokens: ['vip'], updatedAt: serverTime() }));
      await assertFails(contactRef(persona, CONTACT).update({ searchTokens: deleteField(), updatedAt: serverTime() }));
    });
  });
}

describe("the 'own' visibility setting", () => {
  beforeEach(async () => {
    await seed(env, { [paths.contactsSettings(TENANT)]: { visibility: 'own', origins: [], updatedAt: serverTime() } });
  });

  /** The same search narrowed to one visibility clause, as the app asks it in this mode. */
  const searchWhere = (persona: PersonaName, field: string, value: string | boolean) =>
    dbOf(env, persona)
      .collection(paths.contacts(TENANT))
      .where('searchTokens', 'array-contains', 'kare')
      .where(field, '==', value)
      .limit(8)
      .get();

  it('lets owner and admin search every contact', async () => {
    for (const persona of ['owner', 'admin'] as const) {
      expect((await assertSucceeds(search(persona, 'kare'))).size).toBe(2);
    }
  });

  /**
   * The contacts shared with the user, read whole (up to 200) and filtered by token in the app: a query
   * cannot hold two array-contains (searchTokens and sharedWithUids).
   */
  const sharedWith = (persona: PersonaName, uid: string) =>
    dbOf(env, persona)
      .collection(paths.contacts(TENANT))
      .where('sharedWithUids', 'array-contains', uid)
      .limit(200)
      .get();

  it('lets an agent search only by the clauses it may read: assigned to it, or shared with it', async () => {
    await assertFails(search('agent', 'kare'));
    expect((await assertSucceeds(searchWhere('agent', 'assignedAgentUid', uidOf('agent')))).size).toBe(2);
    await assertFails(searchWhere('agent', 'assignedAgentUid', uidOf('manager')));
  });

  it('lets an agent read the contacts shared with it, not those shared with someone else', async () => {
    await seed(env, {
      [paths.contact(TENANT, NEW_CONTACT)]: {
        ...withTokens(NEW_CONTACT),
        assignedAgentUid: uidOf('manager'),
        sharedWithUids: [uidOf('agent')],
      },
    });
    const shared = await assertSucceeds(sharedWith('agent', uidOf('agent')));
    expect(shared.docs.map((doc) => doc.id)).toEqual([NEW_CONTACT]);
    expect(shared.docs[0]?.get('searchTokens')).toContain('kare');
    await assertFails(sharedWith('agent', uidOf('manager')));
    await assertFails(searchWhere('agent', 'assignedAgentUid', uidOf('manager')));
  });

  it('lets a manager also search the contacts of its team', async () => {
    await assertFails(search('manager', 'kare'));
    await assertSucceeds(searchWhere('manager', 'managerUid', uidOf('manager')));
    await assertSucceeds(searchWhere('manager', 'assignedAgentUid', uidOf('manager')));
    await assertFails(searchWhere('agent', 'managerUid', uidOf('agent')));
  });
});

describe('partner', () => {
  it('cannot search the contacts', async () => {
    await assertFails(search('partner', 'kare'));
  });
});

describe('client of a contact', () => {
  it('cannot search the contacts, not even to find itself', async () => {
    await assertFails(search('client', 'kare'));
  });

  it('cannot write tokens on its own contact', async () => {
    await assertFails(contactRef('client', CONTACT).update({ searchTokens: ['x'], updatedAt: serverTime() }));
  });
});

describe('pending user without claims', () => {
  it('cannot search the contacts', async () => {
    await assertFails(search('pending', 'kare'));
  });
});

describe('user of another tenant', () => {
  it('searches its own contacts', async () => {
    expect((await assertSucceeds(search('otherTenant', 'kare', OTHER_TENANT))).size).toBe(1);
  });

  it('cannot search ours, although it is an owner', async () => {
    await assertFails(search('otherTenant', 'kare'));
  });
});

describe('anonymous', () => {
  it('cannot search the contacts', async () => {
    await assertFails(search('anonymous', 'kare'));
  });
});
