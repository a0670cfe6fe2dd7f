import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_TYPES, paths } from '@estate/domain';
import { at, serverTime } from './fixtures';
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

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

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
    it('reads an entry and lists the history of a contact', async () => {
      await assertSucceeds(entryRef(persona, ENTRY).get());
      const list = await assertSucceeds(
        dbOf(env, persona).collection(paths.history(TENANT)).where('contactIds', 'array-contains', CONTACT).get(),
      );
      expect(list.size).toBe(1);
    });

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
