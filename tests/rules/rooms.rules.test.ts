import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, deleteField, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const ROOM = 'blue';
const NEW_ROOM = 'green';

function roomDoc(id: string): DocData {
  return {
    id,
    name: 'Salle bleue',
    capacity: 8,
    active: true,
    createdAt: at('2026-01-15T09:00:00Z'),
    updatedAt: at('2026-01-15T09:00:00Z'),
  };
}

/** A room as Settings › Rooms creates it (roomSchema). */
function newRoom(id: string): DocData {
  return { ...roomDoc(id), name: 'Salle verte', capacity: null, createdAt: serverTime(), updatedAt: serverTime() };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.room(TENANT, ROOM)]: roomDoc(ROOM),
    [paths.room(OTHER_TENANT, ROOM)]: roomDoc(ROOM),
    [paths.roomBookingLock(TENANT, ROOM)]: { taskId: 't1', bookedAt: at('2026-01-15T09:00:00Z') },
  });
});

const roomRef = (persona: PersonaName, roomId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.room(tenantId, roomId));

const edit = (changes: DocData): DocData => ({ ...changes, updatedAt: serverTime() });

const malformedFields: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 81 characters', { name: 'x'.repeat(81) }],
  ['an untrimmed name', { name: 'Salle ' }],
  ['a capacity of 0', { capacity: 0 }],
  ['a capacity of 501', { capacity: 501 }],
  ['a fractional capacity', { capacity: 2.5 }],
  ['a capacity as text', { capacity: '8' }],
  ['active as text', { active: 'yes' }],
];

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('adds a room with or without a capacity', async () => {
      await assertSucceeds(roomRef(persona, NEW_ROOM).set(newRoom(NEW_ROOM)));
      await assertSucceeds(roomRef(persona, 'red').set({ ...newRoom('red'), capacity: 500 }));
    });

    it('renames, resizes and deactivates a room, then reactivates it', async () => {
      await assertSucceeds(roomRef(persona, ROOM).update(edit({ name: 'Salle azur', capacity: null })));
      await assertSucceeds(roomRef(persona, ROOM).update(edit({ active: false })));
      await assertSucceeds(roomRef(persona, ROOM).update(edit({ active: true, capacity: 1 })));
    });

    it.each([
      ['an id that is not the document id', { id: 'other' }],
      ['a room created inactive', { active: false }],
      ['a backdated createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an updatedAt that is not the request time', { updatedAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { floor: 2 }],
      ...malformedFields,
    ])('refuses a new room with %s', async (_label, change) => {
      await assertFails(roomRef(persona, NEW_ROOM).set({ ...newRoom(NEW_ROOM), ...change }));
    });

    it('refuses a room without a capacity key', async () => {
      const { capacity: _capacity, ...rest } = newRoom(NEW_ROOM);
      await assertFails(roomRef(persona, NEW_ROOM).set(rest));
    });

    it.each([
      ...malformedFields,
      ['its id', { id: 'renamed' }],
      ['its createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { floor: 2 }],
      ['a removed capacity', { capacity: deleteField() }],
    ])('refuses an edit with %s', async (_label, change) => {
      await assertFails(roomRef(persona, ROOM).update(edit(change)));
    });

    it('cannot edit without stamping updatedAt with the request time', async () => {
      await assertFails(roomRef(persona, ROOM).update({ name: 'Salle azur' }));
    });

    it('cannot delete a room, nor touch another tenant, nor the booking lock', async () => {
      await assertFails(roomRef(persona, ROOM).delete());
      await assertFails(roomRef(persona, ROOM, OTHER_TENANT).get());
      await assertFails(roomRef(persona, NEW_ROOM, OTHER_TENANT).set(newRoom(NEW_ROOM)));
      await assertFails(roomRef(persona, ROOM, OTHER_TENANT).update(edit({ name: 'Hijacked' })));
      await assertFails(dbOf(env, persona).doc(paths.roomBookingLock(TENANT, ROOM)).get());
      await assertFails(dbOf(env, persona).doc(paths.roomBookingLock(TENANT, ROOM)).set({ taskId: 'mine' }));
    });
  });
}

for (const persona of ['manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the rooms to book them', async () => {
      await assertSucceeds(roomRef(persona, ROOM).get());
      const list = await assertSucceeds(dbOf(env, persona).collection(paths.rooms(TENANT)).get());
      expect(list.size).toBe(1);
    });

    it('cannot add, edit or delete a room', async () => {
      await assertFails(roomRef(persona, NEW_ROOM).set(newRoom(NEW_ROOM)));
      await assertFails(roomRef(persona, ROOM).update(edit({ name: 'Mine' })));
      await assertFails(roomRef(persona, ROOM).delete());
    });
  });
}

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read or write the rooms', async () => {
      await assertFails(roomRef(persona, ROOM).get());
      await assertFails(dbOf(env, persona).collection(paths.rooms(TENANT)).get());
      await assertFails(roomRef(persona, NEW_ROOM).set(newRoom(NEW_ROOM)));
      await assertFails(roomRef(persona, ROOM).update(edit({ name: 'Mine' })));
    });
  });
}
