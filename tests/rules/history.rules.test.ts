import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_TYPES, paths } from '@estate/domain';
import { at, contactDoc, memberDoc, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const ENTRY = 'h1';
const NEW_ENTRY = 'h2';

/**
 * The apps log with Firestore's automatic 20-character ids; the rules refuse any other id, so nobody
 * can take an id a function will later create. Tests name entries and turn the name into such an id.
 */
function autoId(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(20, 'x')
    .slice(0, 20);
}

/** A history entry as the admin app writes it (historyEntrySchema). */
function newEntry(name: string, author: string): DocData {
  const id = autoId(name);
  return {
    id,
    type: 'call',
    occurredAt: at('2026-03-01T10:00:00Z'),
    authorUid: author,
    contactIds: [CONTACT],
    propertyId: null,
    dealId: null,
    text: 'Called about the flat on rue Oberkampf.',
    createdAt: serverTime(),
  };
}

function storedEntry(id: string): DocData {
  return { ...newEntry(id, uidOf('agent')), createdAt: at('2026-03-01T10:05:00Z') };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.historyEntry(TENANT, autoId(ENTRY))]: storedEntry(ENTRY),
    [paths.historyEntry(OTHER_TENANT, autoId(ENTRY))]: storedEntry(ENTRY),
  });
});

const entryRef = (persona: PersonaName, name: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.historyEntry(tenantId, autoId(name)));

function malformed(author: string): [string, DocData][] {
  const valid = newEntry(NEW_ENTRY, author);
  const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
  return [
    ['an id that is not the document id', { ...valid, id: 'other' }],
    [
      'an author who is somebody else',
      { ...valid, authorUid: uidOf('owner') === author ? uidOf('agent') : uidOf('owner') },
    ],
    ['a backdated createdAt', { ...valid, createdAt: at('2020-01-01T00:00:00Z') }],
    ['an unknown type', { ...valid, type: 'fax' }],
    ['an occurredAt that is a string', { ...valid, occurredAt: '2026-03-01' }],
    ['no contact', { ...valid, contactIds: [] }],
    ['21 contacts', { ...valid, contactIds: Array.from({ length: 21 }, (_, index) => `c${index}`) }],
    ['contactIds that is not a list', { ...valid, contactIds: CONTACT }],
    ['a property id that is not an id', { ...valid, propertyId: 'a/b' }],
    ['a deal id that is not an id', { ...valid, dealId: 42 }],
    ['a text over 5000 characters', { ...valid, text: 'x'.repeat(5001) }],
    ['an untrimmed text', { ...valid, text: 'Called. ' }],
    ['a text that is not a string', { ...valid, text: null }],
    ['no text', without('text')],
    ['an unknown field', { ...valid, pinned: true }],
    ['a phase-change, which only functions write', { ...valid, type: 'phase-change', propertyId: 'p1' }],
    ["the automations' 'system' author", { ...valid, authorUid: 'system' }],
    ['a custom type that is not well formed', { ...valid, type: 'custom:Estimation' }],
    ['a phase without a property', { ...valid, phase: 'first-visit' }],
    ['an unknown phase', { ...valid, propertyId: 'p1', phase: 'sold' }],
    ['a phase change summary', { ...valid, propertyId: 'p1', phaseChange: { from: null, to: 'first-visit' } }],
  ];
}

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('logs an action in its own name, linked to a property and a deal', async () => {
      await assertSucceeds(
        entryRef(persona, NEW_ENTRY).set({ ...newEntry(NEW_ENTRY, uidOf(persona)), propertyId: 'p1', dealId: 'd1' }),
      );
    });

    it('cannot edit or delete an entry, even its own', async () => {
      await assertFails(entryRef(persona, ENTRY).update({ text: 'Corrected.' }));
      await assertFails(entryRef(persona, ENTRY).delete());
    });

    it('cannot read or write the history of another tenant', async () => {
      await assertFails(entryRef(persona, ENTRY, OTHER_TENANT).get());
      await assertFails(entryRef(persona, NEW_ENTRY, OTHER_TENANT).set(newEntry(NEW_ENTRY, uidOf(persona))));
    });
  });
}

describe('agent', () => {
  it('cannot choose the id of an entry (functions derive theirs from leads, mails and events)', async () => {
    for (const id of ['lead-key_request', 'h2', 'abcdefghijklmnopqrstu']) {
      const ref = dbOf(env, 'agent').doc(paths.historyEntry(TENANT, id));
      await assertFails(ref.set({ ...newEntry(NEW_ENTRY, uidOf('agent')), id }));
    }
  });

  it('logs every built-in action type', async () => {
    for (const type of HISTORY_TYPES) {
      await assertSucceeds(entryRef('agent', type).set({ ...newEntry(type, uidOf('agent')), type }));
    }
  });

  it("logs the tenant's own types, and places the contacts of an entry about a property in a phase", async () => {
    await assertSucceeds(
      entryRef('agent', 'custom').set({ ...newEntry('custom', uidOf('agent')), type: 'custom:estimation' }),
    );
    await assertSucceeds(
      entryRef('agent', 'phased').set({
        ...newEntry('phased', uidOf('agent')),
        propertyId: 'p1',
        phase: 'negotiation',
      }),
    );
    await assertSucceeds(
      entryRef('agent', 'rental').set({
        ...newEntry('rental', uidOf('agent')),
        propertyId: 'p1',
        phase: 'lease-signed',
      }),
    );
    await assertSucceeds(entryRef('agent', 'nophase').set({ ...newEntry('nophase', uidOf('agent')), phase: null }));
  });

  it('logs an action with an empty text and 20 contacts', async () => {
    const contactIds = Array.from({ length: 20 }, (_, index) => `c${index}`);
    await assertSucceeds(
      entryRef('agent', NEW_ENTRY).set({ ...newEntry(NEW_ENTRY, uidOf('agent')), text: '', contactIds }),
    );
  });

  it.each(malformed(uidOf('agent')))('refuses an entry with %s', async (_label, data) => {
    await assertFails(entryRef('agent', NEW_ENTRY).set(data));
  });
});

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read the history', async () => {
      await assertFails(entryRef(persona, ENTRY).get());
      await assertFails(dbOf(env, persona).collection(paths.history(TENANT)).get());
    });

    it('cannot log an action', async () => {
      const author = persona === 'anonymous' ? 'nobody' : uidOf(persona);
      await assertFails(entryRef(persona, NEW_ENTRY).set(newEntry(NEW_ENTRY, author)));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Who reads the history: everybody in the agency while clients are shared; in "own" visibility owner,
// admin, the author and `viewerUids` (kept by history-onEntryWritten) for the top-level entries, and
// whoever sees the contact (canSeeContactId) for the contact's copies.

const SHAREE = 'sam-sharee';
const UNRELATED = 'uma-unrelated';
const AUTHOR = 'ada-author';
const PROPERTY = 'p1';
/** As the trigger leaves it: the author and the contact's agent, manager and sharee. */
const VIEWED = autoId('viewed');
/** Stored before `viewerUids` existed (scripts/upgrade-history.ts adds them). */
const LEGACY = autoId('legacy');

type Reader = PersonaName | 'sharee' | 'unrelated' | 'author';

const EXTRA: Record<'sharee' | 'unrelated' | 'author', string> = {
  sharee: SHAREE,
  unrelated: UNRELATED,
  author: AUTHOR,
};

function readerDb(reader: Reader) {
  if (reader === 'sharee' || reader === 'unrelated' || reader === 'author') {
    return env.authenticatedContext(EXTRA[reader], { tenantId: TENANT, role: 'agent' }).firestore();
  }
  return dbOf(env, reader);
}

function readerUid(reader: Reader): string {
  return reader === 'sharee' || reader === 'unrelated' || reader === 'author' ? EXTRA[reader] : uidOf(reader);
}

function visibilityDocs(visibility: 'absent' | 'shared' | 'own'): Record<string, DocData> {
  const entry = (id: string): DocData => ({
    ...newEntry(id, AUTHOR),
    id,
    propertyId: PROPERTY,
    createdAt: at('2026-03-01T10:05:00Z'),
  });
  const viewed = { ...entry(VIEWED), viewerUids: [AUTHOR, uidOf('agent'), uidOf('manager'), SHAREE] };
  const { viewerUids: _viewers, ...copy } = viewed;
  return {
    // The extra agents' member documents, behind their claims as the personas' are.
    ...Object.fromEntries(Object.values(EXTRA).map((uid) => [paths.member(TENANT, uid), memberDoc(uid, 'agent')])),
    [paths.contact(TENANT, CONTACT)]: {
      ...contactDoc(CONTACT),
      assignedAgentUid: uidOf('agent'),
      managerUid: uidOf('manager'),
      sharedWithUids: [SHAREE],
    },
    [paths.historyEntry(TENANT, VIEWED)]: viewed,
    [paths.historyEntry(TENANT, LEGACY)]: entry(LEGACY),
    [paths.contactHistoryEntry(TENANT, CONTACT, VIEWED)]: copy,
    ...(visibility === 'absent'
      ? {}
      : { [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: at('2026-01-15T09:00:00Z') } }),
  };
}

const history = (reader: Reader) => readerDb(reader).collection(paths.history(TENANT));
const copies = (reader: Reader) => readerDb(reader).collection(paths.contactHistory(TENANT, CONTACT));
const copyRef = (reader: Reader, entryId = VIEWED) =>
  readerDb(reader).doc(paths.contactHistoryEntry(TENANT, CONTACT, entryId));

/** The client file's timeline before the copies: every entry naming the contact. */
const contactList = (reader: Reader) => history(reader).where('contactIds', 'array-contains', CONTACT).get();
/** The property tab: without the clause (shared, owner, admin), with it ("own" mode). */
const propertyList = (reader: Reader, own: boolean) => {
  const base = history(reader).where('propertyId', '==', PROPERTY);
  const visible = own ? base.where('viewerUids', 'array-contains', readerUid(reader)) : base;
  return visible.orderBy('occurredAt', 'desc').get();
};
/** The client file's timeline: the contact's copies, newest first. */
const copyList = (reader: Reader) => copies(reader).orderBy('occurredAt', 'desc').get();
const ids = (snapshot: { docs: { id: string }[] }) => snapshot.docs.map((doc) => doc.id).sort();

const COLLABORATORS = ['owner', 'admin', 'manager', 'agent', 'sharee', 'unrelated', 'author'] as const;

for (const visibility of ['absent', 'shared'] as const) {
  describe(`shared visibility (settings ${visibility === 'absent' ? 'never saved' : 'saying shared'})`, () => {
    beforeEach(async () => {
      await seed(env, visibilityDocs(visibility));
    });

    it.each(COLLABORATORS)('%s reads every entry and every copy, and lists them without a clause', async (reader) => {
      await assertSucceeds(history(reader).doc(VIEWED).get());
      await assertSucceeds(history(reader).doc(LEGACY).get());
      expect(ids(await assertSucceeds(propertyList(reader, false)))).toEqual([LEGACY, VIEWED].sort());
      expect(ids(await assertSucceeds(contactList(reader)))).toEqual([autoId(ENTRY), LEGACY, VIEWED].sort());
      await assertSucceeds(copyRef(reader).get());
      expect(ids(await assertSucceeds(copyList(reader)))).toEqual([VIEWED]);
    });

    it.each(['partner', 'client'] as const)('%s reads no entry and no copy', async (reader) => {
      await assertFails(history(reader).doc(VIEWED).get());
      await assertFails(propertyList(reader, false));
      await assertFails(copyRef(reader).get());
      await assertFails(copyList(reader));
    });

    it.each(['owner', 'agent'] as const)(
      '%s cannot write a copy (only history-onEntryWritten does)',
      async (reader) => {
        const { id: _id, ...fields } = newEntry(NEW_ENTRY, readerUid(reader));
        await assertFails(copyRef(reader, autoId(NEW_ENTRY)).set({ ...fields, id: autoId(NEW_ENTRY) }));
        await assertFails(copyRef(reader).update({ text: 'Corrected.' }));
        await assertFails(copyRef(reader).delete());
      },
    );
  });
}

describe('own visibility', () => {
  beforeEach(async () => {
    await seed(env, visibilityDocs('own'));
  });

  it.each(['owner', 'admin'] as const)('%s reads every entry and copy, and lists without a clause', async (reader) => {
    await assertSucceeds(history(reader).doc(VIEWED).get());
    await assertSucceeds(history(reader).doc(LEGACY).get());
    expect(ids(await assertSucceeds(propertyList(reader, false)))).toEqual([LEGACY, VIEWED].sort());
    await assertSucceeds(copyRef(reader).get());
    expect(ids(await assertSucceeds(copyList(reader)))).toEqual([VIEWED]);
  });

  it.each(['agent', 'manager', 'sharee'] as const)(
    "%s (the contact's agent, manager, sharee) reads the entry by viewerUids and the contact's copies",
    async (reader) => {
      await assertSucceeds(history(reader).doc(VIEWED).get());
      expect(ids(await assertSucceeds(propertyList(reader, true)))).toEqual([VIEWED]);
      await assertSucceeds(copyRef(reader).get());
      expect(ids(await assertSucceeds(copyList(reader)))).toEqual([VIEWED]);
    },
  );

  it.each(['agent', 'manager', 'sharee'] as const)(
    '%s does not read an entry the trigger has not reached yet, nor lists without the clause',
    async (reader) => {
      await assertFails(history(reader).doc(LEGACY).get());
      await assertFails(propertyList(reader, false));
      await assertFails(contactList(reader));
    },
  );

  it('an unrelated agent reads neither the entry nor the copies, and its own list is empty', async () => {
    await assertFails(history('unrelated').doc(VIEWED).get());
    await assertFails(history('unrelated').doc(LEGACY).get());
    expect((await assertSucceeds(propertyList('unrelated', true))).size).toBe(0);
    await assertFails(propertyList('unrelated', false));
    await assertFails(copyRef('unrelated').get());
    await assertFails(copyList('unrelated'));
  });

  it("the author reads their entries, even without viewerUids, but not the copies of a contact they don't see", async () => {
    await assertSucceeds(history('author').doc(VIEWED).get());
    await assertSucceeds(history('author').doc(LEGACY).get());
    expect(ids(await assertSucceeds(propertyList('author', true)))).toEqual([VIEWED]);
    await assertFails(copyRef('author').get());
    await assertFails(copyList('author'));
  });

  it('an unrelated agent still logs an action (the rules let every collaborator append)', async () => {
    const entry = newEntry(NEW_ENTRY, UNRELATED);
    await assertSucceeds(
      readerDb('unrelated')
        .doc(paths.historyEntry(TENANT, autoId(NEW_ENTRY)))
        .set(entry),
    );
  });

  it.each(['partner', 'client'] as const)('%s reads no entry and no copy', async (reader) => {
    await assertFails(history(reader).doc(VIEWED).get());
    await assertFails(propertyList(reader, false));
    await assertFails(copyRef(reader).get());
    await assertFails(copyList(reader));
  });

  it.each(['owner', 'agent'] as const)('%s cannot write a copy nor set viewerUids on an entry', async (reader) => {
    await assertFails(copyRef(reader).update({ text: 'Corrected.' }));
    await assertFails(copyRef(reader).delete());
    await assertFails(
      history(reader)
        .doc(VIEWED)
        .update({ viewerUids: [readerUid(reader)] }),
    );
    const entry = { ...newEntry(NEW_ENTRY, readerUid(reader)), viewerUids: [readerUid(reader)] };
    await assertFails(history(reader).doc(autoId(NEW_ENTRY)).set(entry));
  });
});
