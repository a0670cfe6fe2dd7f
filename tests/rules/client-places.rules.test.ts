import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { clientPlaceId, paths } from '@estate/domain';
import { at, clientSpaceDocs, contactDoc, serverTime } from './fixtures';
import { CONTACT, createRulesEnv, dbOf, OTHER_CONTACT, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// clientPlaces/{contactId}_{slot}: a client's points of interest, written by the client directly or by the
// collaborators who see the client; twenty slots per client.

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

const past = at('2026-01-15T09:00:00Z');
const CARL = 'carl';

const place = (persona: PersonaName, placeId: string) => dbOf(env, persona).doc(paths.clientPlace(TENANT, placeId));

function newPlace(contactId: string, slot: number, by: PersonaName, changes: Record<string, unknown> = {}) {
  return {
    id: clientPlaceId(contactId, slot),
    contactId,
    kind: 'work',
    name: 'Bureau',
    address: '10 rue de la Paix 75002 Paris',
    latitude: 48.869,
    longitude: 2.331,
    addedBy: { kind: by === 'client' || by === 'otherClient' ? 'client' : 'agent', uid: uidOf(by) },
    createdAt: serverTime(),
    updatedAt: serverTime(),
    ...changes,
  };
}

function storedPlace(contactId: string, slot: number) {
  return { ...newPlace(contactId, slot, 'agent'), createdAt: past, updatedAt: past };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.contact(TENANT, CARL)]: { ...contactDoc(CARL), assignedAgentUid: 'zoe-agent' },
    [paths.clientPlace(TENANT, clientPlaceId(CONTACT, 5))]: storedPlace(CONTACT, 5),
    [paths.clientPlace(TENANT, clientPlaceId(OTHER_CONTACT, 0))]: storedPlace(OTHER_CONTACT, 0),
    [paths.clientPlace(TENANT, clientPlaceId(CARL, 0))]: storedPlace(CARL, 0),
  });
});

describe('client', () => {
  it('adds a point of theirs in a slot, naming themselves', async () => {
    await assertSucceeds(place('client', clientPlaceId(CONTACT, 0)).set(newPlace(CONTACT, 0, 'client')));
    await assertSucceeds(place('client', clientPlaceId(CONTACT, 19)).set(newPlace(CONTACT, 19, 'client')));
  });

  it('adds none beyond the twentieth slot, nor for another client, nor as an agent', async () => {
    await assertFails(place('client', `${CONTACT}_20`).set({ ...newPlace(CONTACT, 0, 'client'), id: `${CONTACT}_20` }));
    await assertFails(place('client', `${CONTACT}_01`).set({ ...newPlace(CONTACT, 0, 'client'), id: `${CONTACT}_01` }));
    await assertFails(place('client', `${CONTACT}-x`).set({ ...newPlace(CONTACT, 0, 'client'), id: `${CONTACT}-x` }));
    await assertFails(place('client', clientPlaceId(OTHER_CONTACT, 1)).set(newPlace(OTHER_CONTACT, 1, 'client')));
    await assertFails(
      place('client', clientPlaceId(CONTACT, 1)).set(
        newPlace(CONTACT, 1, 'client', { addedBy: { kind: 'agent', uid: uidOf('client') } }),
      ),
    );
    await assertFails(
      place('client', clientPlaceId(CONTACT, 1)).set(
        newPlace(CONTACT, 1, 'client', { addedBy: { kind: 'client', uid: uidOf('otherClient') } }),
      ),
    );
  });

  it('refuses a point of the wrong shape', async () => {
    const bad: Record<string, unknown>[] = [
      { kind: 'gym' },
      { name: '' },
      { name: ' Bureau' },
      { name: 'x'.repeat(81) },
      { address: 'x'.repeat(201) },
      { latitude: 91 },
      { longitude: '2.3' },
      { createdAt: past },
      { updatedAt: past },
      { extra: true },
      { id: clientPlaceId(CONTACT, 2) },
    ];
    await assertSucceeds(place('client', clientPlaceId(CONTACT, 1)).set(newPlace(CONTACT, 1, 'client')));
    for (const change of bad) {
      await assertFails(place('client', clientPlaceId(CONTACT, 3)).set(newPlace(CONTACT, 3, 'client', change)));
    }
  });

  it('reads, edits and removes their own points, the agent’s included', async () => {
    const id = clientPlaceId(CONTACT, 5);
    await assertSucceeds(place('client', id).get());
    await assertSucceeds(
      dbOf(env, 'client').collection(paths.clientPlaces(TENANT)).where('contactId', '==', CONTACT).get(),
    );
    await assertSucceeds(place('client', id).update({ name: 'École', kind: 'school', updatedAt: serverTime() }));
    await assertSucceeds(place('client', id).delete());
  });

  it('neither reads, edits nor removes another client’s', async () => {
    const id = clientPlaceId(OTHER_CONTACT, 0);
    await assertFails(place('client', id).get());
    await assertFails(dbOf(env, 'client').collection(paths.clientPlaces(TENANT)).get());
    await assertFails(place('client', id).update({ name: 'École', updatedAt: serverTime() }));
    await assertFails(place('client', id).delete());
  });

  it('keeps who added a point, when and for whom, and refuses a bad edit', async () => {
    const id = clientPlaceId(CONTACT, 5);
    await assertFails(
      place('client', id).update({ addedBy: { kind: 'client', uid: uidOf('client') }, updatedAt: serverTime() }),
    );
    await assertFails(place('client', id).update({ contactId: OTHER_CONTACT, updatedAt: serverTime() }));
    await assertFails(place('client', id).update({ name: 'École', updatedAt: past }));
    await assertFails(place('client', id).update({ latitude: -91, updatedAt: serverTime() }));
    // A create in a slot another device filled meanwhile becomes an update with a new createdAt: refused.
    await assertFails(place('client', id).set(newPlace(CONTACT, 5, 'client')));
  });
});

describe('collaborators', () => {
  it('an agent who sees the client adds, reads, edits and removes their points', async () => {
    await assertSucceeds(place('agent', clientPlaceId(CONTACT, 0)).set(newPlace(CONTACT, 0, 'agent')));
    await assertSucceeds(place('agent', clientPlaceId(CONTACT, 5)).get());
    await assertSucceeds(
      dbOf(env, 'agent').collection(paths.clientPlaces(TENANT)).where('contactId', '==', CONTACT).get(),
    );
    await assertSucceeds(place('agent', clientPlaceId(CONTACT, 5)).update({ name: 'Gare', updatedAt: serverTime() }));
    await assertSucceeds(place('agent', clientPlaceId(CONTACT, 5)).delete());
  });

  it('an agent adds no point as the client, nor as someone else', async () => {
    await assertFails(
      place('agent', clientPlaceId(CONTACT, 0)).set(
        newPlace(CONTACT, 0, 'agent', { addedBy: { kind: 'client', uid: uidOf('agent') } }),
      ),
    );
    await assertFails(
      place('agent', clientPlaceId(CONTACT, 0)).set(
        newPlace(CONTACT, 0, 'agent', { addedBy: { kind: 'agent', uid: 'zoe-agent' } }),
      ),
    );
  });

  describe('when each agent sees only their own clients', () => {
    beforeEach(async () => {
      await seed(env, { [paths.contactsSettings(TENANT)]: { visibility: 'own', origins: [] } });
    });

    it('an agent touches no point of a client they do not see', async () => {
      await assertFails(place('agent', clientPlaceId(CARL, 0)).get());
      await assertFails(dbOf(env, 'agent').collection(paths.clientPlaces(TENANT)).where('contactId', '==', CARL).get());
      await assertFails(place('agent', clientPlaceId(CARL, 1)).set(newPlace(CARL, 1, 'agent')));
      await assertFails(place('agent', clientPlaceId(CARL, 0)).update({ name: 'Gare', updatedAt: serverTime() }));
      await assertFails(place('agent', clientPlaceId(CARL, 0)).delete());
    });

    it('the owner still does', async () => {
      await assertSucceeds(place('owner', clientPlaceId(CARL, 0)).get());
      await assertSucceeds(place('owner', clientPlaceId(CARL, 1)).set(newPlace(CARL, 1, 'owner')));
      await assertSucceeds(place('owner', clientPlaceId(CARL, 0)).delete());
    });
  });

  for (const persona of ['partner', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} neither reads nor writes a client’s points`, async () => {
      await assertFails(place(persona, clientPlaceId(CONTACT, 5)).get());
      await assertFails(place(persona, clientPlaceId(CONTACT, 5)).delete());
      await assertFails(
        place(persona, clientPlaceId(CONTACT, 0)).set({
          ...newPlace(CONTACT, 0, 'agent'),
          addedBy: { kind: 'agent', uid: persona === 'anonymous' ? 'nobody' : uidOf(persona) },
        }),
      );
    });
  }
});
