import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite, serverTime } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// The new-build inventory: collaborators (owner, admin, manager, agent) read projects, buildings, units
// and a unit's history; partners, clients and other tenants read nothing. Nobody writes from an app,
// not even the owner: projects-* functions write the inventory (roles, places, history), the
// reservations functions the hold and reserved status, paid offers the booked status and priceFixed.

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

const unitDoc: DocData = {
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
  priceFixed: false,
  hold: null,
  createdAt: created,
  updatedAt: created,
};

const historyDoc: DocData = {
  id: 'h1',
  kind: 'price',
  source: 'form',
  priceBefore: 8_000_000,
  priceAfter: 8_450_000,
  statusBefore: null,
  statusAfter: null,
  authorUid: uidOf('manager'),
  authorName: 'Manager',
  at: created,
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.project(TENANT, 'p1')]: projectDoc,
    [paths.building(TENANT, 'b1')]: buildingDoc,
    [paths.unit(TENANT, 'u1')]: unitDoc,
    [paths.unitHistoryEntry(TENANT, 'u1', 'h1')]: historyDoc,
    [paths.project(OTHER_TENANT, 'p1')]: projectDoc,
    [paths.unit(OTHER_TENANT, 'u1')]: unitDoc,
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

const hold = {
  reservationId: 'r1',
  contactId: 'anna',
  contactName: 'Anna',
  kind: 'offline',
  until: at('2026-12-01T09:00:00Z'),
};

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the projects, the buildings of a project and the units of a building, paged', async () => {
      await assertSucceeds(db(persona).doc(paths.project(TENANT, 'p1')).get());
      const projects = await assertSucceeds(
        db(persona).collection(paths.projects(TENANT)).orderBy('name').limit(20).get(),
      );
      expect(projects.size).toBe(1);
      const buildings = await assertSucceeds(
        db(persona).collection(paths.buildings(TENANT)).where('projectId', '==', 'p1').limit(50).get(),
      );
      expect(buildings.size).toBe(1);
      const units = await assertSucceeds(
        db(persona).collection(paths.units(TENANT)).where('buildingId', '==', 'b1').limit(500).get(),
      );
      expect(units.size).toBe(1);
      await assertSucceeds(db(persona).doc(paths.unit(TENANT, 'u1')).get());
    });

    it("reads a unit's history", async () => {
      const history = await assertSucceeds(
        db(persona).collection(paths.unitHistory(TENANT, 'u1')).orderBy('at', 'desc').limit(50).get(),
      );
      expect(history.size).toBe(1);
    });

    it("reads nothing of another tenant's inventory", async () => {
      await assertFails(db(persona).doc(paths.project(OTHER_TENANT, 'p1')).get());
      await assertFails(db(persona).doc(paths.unit(OTHER_TENANT, 'u1')).get());
      await assertFails(db(persona).collection(paths.units(OTHER_TENANT)).limit(10).get());
    });

    it('writes no project, building or unit directly', async () => {
      await assertFails(
        db(persona)
          .doc(paths.project(TENANT, 'p2'))
          .set({ ...projectDoc, id: 'p2' }),
      );
      await assertFails(
        db(persona).doc(paths.project(TENANT, 'p1')).update({ name: 'ЖК Южный', updatedAt: serverTime() }),
      );
      await assertFails(db(persona).doc(paths.project(TENANT, 'p1')).delete());
      await assertFails(
        db(persona)
          .doc(paths.building(TENANT, 'b2'))
          .set({ ...buildingDoc, id: 'b2' }),
      );
      await assertFails(db(persona).doc(paths.building(TENANT, 'b1')).update({ name: 'Корпус 2' }));
      await assertFails(db(persona).doc(paths.building(TENANT, 'b1')).delete());
      await assertFails(
        db(persona)
          .doc(paths.unit(TENANT, 'u2'))
          .set({ ...unitDoc, id: 'u2', number: '102' }),
      );
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).update({ rooms: 3 }));
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).delete());
    });

    it('never writes a price, a status, a hold or priceFixed', async () => {
      const unit = db(persona).doc(paths.unit(TENANT, 'u1'));
      await assertFails(unit.update({ price: 1 }));
      for (const status of ['reserved', 'booked', 'sold', 'notForSale']) {
        await assertFails(unit.update({ status }));
      }
      await assertFails(unit.update({ hold }));
      await assertFails(unit.update({ priceFixed: true }));
    });

    it("writes nothing in a unit's history", async () => {
      await assertFails(
        db(persona)
          .doc(paths.unitHistoryEntry(TENANT, 'u1', 'h2'))
          .set({ ...historyDoc, id: 'h2' }),
      );
      await assertFails(
        db(persona)
          .doc(paths.unitHistoryEntry(TENANT, 'u1', 'h1'))
          .update({ priceAfter: 1 }),
      );
      await assertFails(
        db(persona)
          .doc(paths.unitHistoryEntry(TENANT, 'u1', 'h1'))
          .delete(),
      );
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads nothing of the inventory', async () => {
      await assertFails(db(persona).doc(paths.project(TENANT, 'p1')).get());
      await assertFails(db(persona).collection(paths.projects(TENANT)).limit(20).get());
      await assertFails(db(persona).doc(paths.building(TENANT, 'b1')).get());
      await assertFails(db(persona).collection(paths.buildings(TENANT)).where('projectId', '==', 'p1').limit(50).get());
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).get());
      await assertFails(db(persona).collection(paths.units(TENANT)).where('buildingId', '==', 'b1').limit(500).get());
      await assertFails(db(persona).collection(paths.unitHistory(TENANT, 'u1')).limit(50).get());
    });

    it('writes nothing, a hold or a status least of all', async () => {
      await assertFails(
        db(persona)
          .doc(paths.project(TENANT, 'p2'))
          .set({ ...projectDoc, id: 'p2' }),
      );
      await assertFails(
        db(persona)
          .doc(paths.building(TENANT, 'b2'))
          .set({ ...buildingDoc, id: 'b2' }),
      );
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).update({ hold, status: 'reserved' }));
      await assertFails(db(persona).doc(paths.unit(TENANT, 'u1')).update({ price: 1 }));
      await assertFails(
        db(persona)
          .doc(paths.unitHistoryEntry(TENANT, 'u1', 'h2'))
          .set({ ...historyDoc, id: 'h2' }),
      );
    });
  });
}
