import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_TYPES, LOCALES, paths } from '@estate/domain';
import { at, contactDoc, contactInput, deleteField, newContact, serverTime } from './fixtures';
import {
  CONTACT,
  createRulesEnv,
  dbOf,
  OTHER_CONTACT,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

/** A contact without a client space, beside the two clients' contacts. */
const PROSPECT = 'carl';
const NEW_CONTACT = 'dora';

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.contact(TENANT, CONTACT)]: contactDoc(CONTACT),
    [paths.contact(TENANT, OTHER_CONTACT)]: contactDoc(OTHER_CONTACT),
    [paths.contact(TENANT, PROSPECT)]: contactDoc(PROSPECT),
    [paths.contact(OTHER_TENANT, PROSPECT)]: contactDoc(PROSPECT),
  });
});

const contactRef = (persona: PersonaName, contactId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.contact(tenantId, contactId));

/** An edit as the contact form sends it: the fields and the server time. */
const edit = (changes: DocData): DocData => ({ ...changes, updatedAt: serverTime() });

/** One bad value per validation of contactInputSchema (plus the assigned agent); each must be refused. */
const malformedFields: [string, DocData][] = [
  ['an empty first name', { firstName: '' }],
  ['a first name of 81 characters', { firstName: 'x'.repeat(81) }],
  ['an untrimmed first name', { firstName: 'Anna ' }],
  ['an empty last name', { lastName: '' }],
  ['a last name of 81 characters', { lastName: 'x'.repeat(81) }],
  ['a last name that is not a string', { lastName: ['Karenina'] }],
  ['an email without a domain', { email: 'anna@' }],
  ['an email that is not a string', { email: 42 }],
  ['an email without a dot in its domain', { email: 'anna@example' }],
  ['an email that is not lower-cased', { email: 'Anna@Example.com' }],
  ['an email over 254 characters', { email: `${'a'.repeat(250)}@example.com` }],
  ['a phone of 41 characters', { phone: '1'.repeat(41) }],
  ['a phone that is a number', { phone: 33612345678 }],
  ['an unknown locale', { locale: 'de' }],
  ['an unknown client type', { clientType: 'investor' }],
  ['an empty assigned agent', { assignedAgentUid: '' }],
  ['an assigned agent uid of 129 characters', { assignedAgentUid: 'u'.repeat(129) }],
  ['an assigned agent that is not a string', { assignedAgentUid: 12 }],
];

/** What a creator could try to slip into a new contact instead of what the rules demand. */
function malformedCreations(creator: string): [string, DocData][] {
  const valid = newContact(NEW_CONTACT, creator);
  const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
  return [
    ['an id that is not the document id', { ...valid, id: 'someone-else' }],
    [
      'createdBy naming somebody else',
      { ...valid, createdBy: uidOf('owner') === creator ? uidOf('agent') : uidOf('owner') },
    ],
    ['a backdated createdAt', { ...valid, createdAt: at('2020-01-01T00:00:00Z') }],
    ['an updatedAt that is not the request time', { ...valid, updatedAt: at('2020-01-01T00:00:00Z') }],
    [
      'a portal already active',
      { ...valid, portal: { status: 'active', uid: creator, invitedAt: null, invitedBy: null } },
    ],
    [
      'a portal pointing at an account',
      { ...valid, portal: { status: 'none', uid: 'someone', invitedAt: null, invitedBy: null } },
    ],
    ['a portal missing a key', { ...valid, portal: { status: 'none', uid: null, invitedAt: null } }],
    ['no portal', without('portal')],
    ['no email', without('email')],
    ['an unknown field', { ...valid, notes: 'VIP' }],
    ...malformedFields.map(([label, change]): [string, DocData] => [label, { ...valid, ...change }]),
  ];
}

/** Fields no collaborator may change after creation: the portal belongs to contacts-inviteClient. */
const immutable: [string, DocData][] = [
  ['id', { id: 'renamed' }],
  ['createdBy', { createdBy: uidOf('admin') }],
  ['createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
  ['the portal status', { 'portal.status': 'invited' }],
  ['the portal account', { 'portal.uid': 'hijacker' }],
  ['the whole portal', { portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null } }],
  ['an unknown field', { notes: 'VIP' }],
];

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads each contact and lists them', async () => {
      await assertSucceeds(contactRef(persona, PROSPECT).get());
      const contacts = await assertSucceeds(dbOf(env, persona).collection(paths.contacts(TENANT)).get());
      expect(contacts.size).toBe(3);
    });

    it('cannot read the contacts of another tenant', async () => {
      await assertFails(contactRef(persona, PROSPECT, OTHER_TENANT).get());
      await assertFails(dbOf(env, persona).collection(paths.contacts(OTHER_TENANT)).get());
    });

    it('creates a contact in its own name, with server timestamps and no client space', async () => {
      await assertSucceeds(contactRef(persona, NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf(persona))));
    });

    it('cannot create a contact in another tenant', async () => {
      await assertFails(contactRef(persona, NEW_CONTACT, OTHER_TENANT).set(newContact(NEW_CONTACT, uidOf(persona))));
    });

    it('edits every editable field at once', async () => {
      await assertSucceeds(
        contactRef(persona, CONTACT).update(
          edit({
            firstName: 'Anya',
            lastName: 'Vronskaya',
            email: 'anya.v@example.ru',
            phone: '',
            locale: 'fr',
            clientType: 'landlord',
            assignedAgentUid: uidOf('manager'),
          }),
        ),
      );
    });

    it('cannot edit without stamping updatedAt with the request time', async () => {
      await assertFails(contactRef(persona, CONTACT).update({ phone: '+33 7 00 00 00 00' }));
      await assertFails(
        contactRef(persona, CONTACT).update({ phone: '+33 7 00 00 00 00', updatedAt: at('2026-02-01T00:00:00Z') }),
      );
    });

    it.each(immutable)('cannot change %s', async (_label, changes) => {
      await assertFails(contactRef(persona, CONTACT).update(edit(changes)));
    });

    it('cannot edit a contact of another tenant', async () => {
      await assertFails(contactRef(persona, PROSPECT, OTHER_TENANT).update(edit({ phone: '+33 7 00 00 00 00' })));
    });
  });
}

describe('agent', () => {
  it('creates contacts of every client type and locale of the domain', async () => {
    for (const clientType of CLIENT_TYPES) {
      for (const locale of LOCALES) {
        const id = `${clientType}-${locale}`;
        await assertSucceeds(contactRef('agent', id).set({ ...newContact(id, uidOf('agent')), clientType, locale }));
      }
    }
  });

  it.each(malformedCreations(uidOf('agent')))('refuses to create a contact with %s', async (_label, data) => {
    await assertFails(contactRef('agent', NEW_CONTACT).set(data));
  });

  it.each(malformedFields)('refuses an edit with %s', async (_label, changes) => {
    await assertFails(contactRef('agent', CONTACT).update(edit(changes)));
  });

  it('cannot remove a field', async () => {
    await assertFails(contactRef('agent', CONTACT).update(edit({ phone: deleteField() })));
  });

  it('cannot delete a contact (owner and admin only)', async () => {
    await assertFails(contactRef('agent', PROSPECT).delete());
  });
});

describe('manager', () => {
  it('cannot delete a contact (owner and admin only)', async () => {
    await assertFails(contactRef('manager', PROSPECT).delete());
  });
});

for (const persona of ['owner', 'admin'] as const) {
  describe(`${persona} deleting`, () => {
    it('deletes a contact', async () => {
      await assertSucceeds(contactRef(persona, PROSPECT).delete());
    });

    it('cannot delete a contact of another tenant', async () => {
      await assertFails(contactRef(persona, PROSPECT, OTHER_TENANT).delete());
    });
  });
}

describe('partner', () => {
  it('cannot read the contacts', async () => {
    await assertFails(contactRef('partner', PROSPECT).get());
    await assertFails(dbOf(env, 'partner').collection(paths.contacts(TENANT)).get());
  });

  it('cannot create, edit or delete a contact', async () => {
    await assertFails(contactRef('partner', NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf('partner'))));
    await assertFails(contactRef('partner', PROSPECT).update(edit({ phone: '+33 7 00 00 00 00' })));
    await assertFails(contactRef('partner', PROSPECT).delete());
  });
});

describe('client of this contact', () => {
  it('reads its own contact', async () => {
    const own = await assertSucceeds(contactRef('client', CONTACT).get());
    expect(own.get('portal.uid')).toBe(uidOf('client'));
  });

  it("cannot read another client's contact", async () => {
    await assertFails(contactRef('client', OTHER_CONTACT).get());
    await assertFails(contactRef('client', PROSPECT).get());
  });

  it('cannot list the contacts', async () => {
    await assertFails(dbOf(env, 'client').collection(paths.contacts(TENANT)).get());
  });

  it('cannot edit its own contact, not even its phone', async () => {
    await assertFails(contactRef('client', CONTACT).update(edit({ phone: '+7 900 000 00 00' })));
  });

  it('cannot activate its own client space (contacts-confirmClientSpace)', async () => {
    const invited = contactDoc(CONTACT);
    await seed(env, {
      [paths.contact(TENANT, CONTACT)]: { ...invited, portal: { ...invited.portal, status: 'invited' } },
    });
    await assertFails(contactRef('client', CONTACT).update(edit({ 'portal.status': 'active' })));
  });

  it('cannot create or delete a contact', async () => {
    await assertFails(contactRef('client', NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf('client'))));
    await assertFails(contactRef('client', CONTACT).delete());
  });
});

describe('client of another contact', () => {
  it('reads its own contact', async () => {
    await assertSucceeds(contactRef('otherClient', OTHER_CONTACT).get());
  });

  it('cannot read this contact', async () => {
    await assertFails(contactRef('otherClient', CONTACT).get());
  });

  it('cannot edit this contact', async () => {
    await assertFails(contactRef('otherClient', CONTACT).update(edit({ email: 'boris@example.com' })));
  });
});

describe('pending user without claims', () => {
  it('cannot read the contacts', async () => {
    await assertFails(contactRef('pending', PROSPECT).get());
    await assertFails(dbOf(env, 'pending').collection(paths.contacts(TENANT)).get());
  });

  it('cannot create or edit a contact', async () => {
    await assertFails(contactRef('pending', NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf('pending'))));
    await assertFails(contactRef('pending', PROSPECT).update(edit({ phone: '+33 7 00 00 00 00' })));
  });
});

describe('user of another tenant', () => {
  it('reads the contacts of its own tenant', async () => {
    await assertSucceeds(contactRef('otherTenant', PROSPECT, OTHER_TENANT).get());
  });

  it('cannot read ours, although it is an owner', async () => {
    await assertFails(contactRef('otherTenant', PROSPECT).get());
    await assertFails(dbOf(env, 'otherTenant').collection(paths.contacts(TENANT)).get());
  });

  it('cannot create, edit or delete ours', async () => {
    await assertFails(contactRef('otherTenant', NEW_CONTACT).set(newContact(NEW_CONTACT, uidOf('otherTenant'))));
    await assertFails(contactRef('otherTenant', PROSPECT).update(edit({ phone: '+33 7 00 00 00 00' })));
    await assertFails(contactRef('otherTenant', PROSPECT).delete());
  });
});

describe('anonymous', () => {
  it('cannot read a contact', async () => {
    await assertFails(contactRef('anonymous', CONTACT).get());
  });

  it('cannot create a contact', async () => {
    await assertFails(contactRef('anonymous', NEW_CONTACT).set({ ...contactInput(), id: NEW_CONTACT }));
  });
});
