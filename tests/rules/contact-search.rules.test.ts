import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contactSearchTokens, paths } from '@estate/domain';
import { contactDoc, contactInput, deleteField, newContact, serverTime } from './fixtures';
import {
  CONTACT,
  createRulesEnv,
  dbOf,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

// searchTokens belong to contacts-onContactWritten: the contacts section lets collaborators create
// only the listed keys and edit only contactEditableKeys(), so nobody can forge them. This suite
// proves it, and that the quick-search query is open exactly to the collaborators of the tenant.

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

const PROSPECT = 'carl';
const NEW_CONTACT = 'dora';

/** A stored contact with the tokens contacts-onContactWritten gives it. */
const withTokens = (contactId: string): DocData => {
  const { firstName, lastName, email, phone } = contactInput();
  return { ...contactDoc(contactId), searchTokens: contactSearchTokens({ firstName, lastName, email, phone }) };
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

    it('creates a contact without tokens, but not with tokens of its own', async () => {
      await assertSucceeds(contactRef(persona, NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf(persona))));
      await assertFails(
        contactRef(persona, 'eve').set({ ...newContact('eve', uidOf(persona)), searchTokens: ['vip', 'anna'] }),
      );
      await assertFails(contactRef(persona, 'fay').set({ ...newContact('fay', uidOf(persona)), searchTokens: [] }));
    });

    it('edits a contact but cannot forge, empty or remove its tokens', async () => {
      await assertSucceeds(contactRef(persona, CONTACT).update({ lastName: 'Vronskaya', updatedAt: serverTime() }));
      await assertFails(
        contactRef(persona, CONTACT).update({ lastName: 'Vronskaya', searchTokens: ['vip'], updatedAt: serverTime() }),
      );
      await assertFails(contactRef(persona, CONTACT).update({ searchTokens: [], updatedAt: serverTime() }));
      await assertFails(contactRef(persona, CONTACT).update({ searchTokens: deleteField(), updatedAt: serverTime() }));
    });
  });
}

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
