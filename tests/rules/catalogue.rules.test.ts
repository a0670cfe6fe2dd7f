import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, tenantDoc, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

// The client app's public catalogue: anybody, signed in or not, reads the projects, buildings and
// catalogue units (the public projection of units) of a developer tenant; nothing of an agency-only
// tenant; never the units themselves (their hold names the client); nobody writes the projection
// (catalogue-onUnitWritten does).

const env = firestoreRulesEnvOfSuite();

const created = at('2026-11-02T09:00:00Z');

const projectDoc: DocData = {
  id: 'p1',
  name: 'ЖК Северный',
  address: 'ул. Ленина, 1',
  city: 'Казань',
  latitude: null,
  longitude: null,
  completion: { year: 2028, quarter: 2 },
  stage: 'construction',
  description: '',
  createdAt: created,
  updatedAt: created,
};

const buildingDoc: DocData = {
  id: 'b1',
  projectId: 'p1',
  name: 'Корпус 1',
  sections: [{ name: '1', floors: 12, positionsPerFloor: 4 }],
  createdAt: created,
  updatedAt: created,
};

const catalogueUnitDoc: DocData = {
  id: 'u1',
  projectId: 'p1',
  buildingId: 'b1',
  section: '1',
  number: '101',
  floor: 1,
  position: 1,
  kind: 'apartment',
  rooms: 2,
  area: 54.3,
  livingArea: null,
  kitchenArea: null,
  finish: 'whiteBox',
  price: 8_450_000,
  status: 'free',
  layout: null,
  updatedAt: created,
};

const unitDoc: DocData = {
  ...catalogueUnitDoc,
  status: 'reserved',
  priceFixed: false,
  hold: { reservationId: 'r1', contactId: 'anna', contactName: 'Anna', kind: 'online', until: created },
  createdAt: created,
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.tenant(TENANT)]: { ...tenantDoc(TENANT), capabilities: ['agency', 'developer'] },
    [paths.tenant(OTHER_TENANT)]: { ...tenantDoc(OTHER_TENANT), capabilities: ['agency'] },
    [paths.project(TENANT, 'p1')]: projectDoc,
    [paths.building(TENANT, 'b1')]: buildingDoc,
    [paths.unit(TENANT, 'u1')]: unitDoc,
    [paths.catalogueUnit(TENANT, 'u1')]: catalogueUnitDoc,
    [paths.project(OTHER_TENANT, 'p1')]: projectDoc,
    [paths.building(OTHER_TENANT, 'b1')]: buildingDoc,
    [paths.catalogueUnit(OTHER_TENANT, 'u1')]: catalogueUnitDoc,
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['anonymous', 'client', 'partner', 'otherTenant', 'agent'] as const) {
  describe(persona, () => {
    it("reads a developer tenant's projects and buildings, paged", async () => {
      await assertSucceeds(db(persona).doc(paths.project(TENANT, 'p1')).get());
      const projects = await assertSucceeds(
        db(persona).collection(paths.projects(TENANT)).orderBy('name').limit(20).get(),
      );
      expect(projects.size).toBe(1);
      const buildings = await assertSucceeds(
        db(persona).collection(paths.buildings(TENANT)).where('projectId', '==', 'p1').limit(50).get(),
      );
      expect(buildings.size).toBe(1);
    });

    it("reads a developer tenant's free units in pages, and a building's for the chessboard", async () => {
      const free = await assertSucceeds(
        db(persona)
          .collection(paths.catalogueUnits(TENANT))
          .where('projectId', '==', 'p1')
          .where('status', '==', 'free')
          .orderBy('price')
          .limit(20)
          .get(),
      );
      expect(free.size).toBe(1);
      const board = await assertSucceeds(
        db(persona).collection(paths.catalogueUnits(TENANT)).where('buildingId', '==', 'b1').limit(2000).get(),
      );
      expect(board.size).toBe(1);
      const unit = await assertSucceeds(db(persona).doc(paths.catalogueUnit(TENANT, 'u1')).get());
      expect(unit.data()).not.toHaveProperty('hold');
    });

    it('writes no catalogue unit', async () => {
      await assertFails(
        db(persona)
          .doc(paths.catalogueUnit(TENANT, 'u2'))
          .set({ ...catalogueUnitDoc, id: 'u2' }),
      );
      await assertFails(db(persona).doc(paths.catalogueUnit(TENANT, 'u1')).update({ price: 1 }));
      await assertFails(db(persona).doc(paths.catalogueUnit(TENANT, 'u1')).delete());
    });
  });
}

// The agent and the partner work for the developer tenant, not for the agency one.
for (const persona of ['anonymous', 'client', 'partner', 'agent'] as const) {
  describe(`${persona}, at an agency-only tenant`, () => {
    it('reads nothing of its inventory', async () => {
      await assertFails(db(persona).doc(paths.project(OTHER_TENANT, 'p1')).get());
      await assertFails(db(persona).collection(paths.projects(OTHER_TENANT)).limit(20).get());
      await assertFails(db(persona).doc(paths.building(OTHER_TENANT, 'b1')).get());
      await assertFails(db(persona).collection(paths.catalogueUnits(OTHER_TENANT)).limit(20).get());
      await assertFails(db(persona).doc(paths.catalogueUnit(OTHER_TENANT, 'u1')).get());
    });
  });
}

for (const persona of ['anonymous', 'client', 'partner', 'otherTenant'] as const) {
  describe(`${persona}, outside the catalogue`, () => {
    it("never reads a developer's units themselves, nor their history", async () => {
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).get());
      await assertFails(db(persona).collection(paths.units(TENANT)).where('buildingId', '==', 'b1').limit(20).get());
      await assertFails(db(persona).collection(paths.unitHistory(TENANT, 'u1')).limit(20).get());
    });

    it('writes no project or building', async () => {
      await assertFails(db(persona).doc(paths.project(TENANT, 'p1')).update({ name: 'ЖК Южный' }));
      await assertFails(
        db(persona)
          .doc(paths.building(TENANT, 'b2'))
          .set({ ...buildingDoc, id: 'b2' }),
      );
    });
  });
}
