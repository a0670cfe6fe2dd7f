import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite, rivalClientUid } from './fixtures';
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

// reservations: collaborators read their tenant's reservations, a client their own; nobody writes a
// reservation, a unit's queue or a client's open reservations from the SDK (reservations-* functions
// do, releaseDue included); the reservation settings are read by the tenant and written by a function.

const env = firestoreRulesEnvOfSuite();

const now = at('2026-12-07T10:00:00Z');
const until = at('2026-12-10T10:00:00Z');

/** `r1`: CONTACT holds unit u1; `r2`: OTHER_CONTACT queues for it. */
function reservationDoc(id: string, contactId: string, status: 'active' | 'queued'): DocData {
  return {
    id,
    unitId: 'u1',
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: '101',
    projectName: 'ЖК Северный',
    buildingName: 'Корпус 1',
    contactId,
    contactName: contactId,
    kind: 'offline',
    status,
    start: status === 'active' ? now : null,
    until: status === 'active' ? until : null,
    queuePosition: status === 'queued' ? 1 : null,
    queuedAt: status === 'queued' ? now : null,
    createdBy: uidOf('agent'),
    createdByName: 'Alex',
    extensions: [],
    endedAt: null,
    endedBy: null,
    createdAt: now,
    updatedAt: now,
  };
}

const settingsDoc: DocData = {
  terms: {
    online: { amount: 24, unit: 'hours' },
    offline: { amount: 3, unit: 'days' },
    mortgage: { amount: 14, unit: 'days' },
  },
  maxPerClient: 2,
  maxExtension: { amount: 2, unit: 'days' },
  updatedAt: now,
  updatedBy: uidOf('owner'),
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.reservation(TENANT, 'r1')]: reservationDoc('r1', CONTACT, 'active'),
    [paths.reservation(TENANT, 'r2')]: reservationDoc('r2', OTHER_CONTACT, 'queued'),
    [paths.reservation(OTHER_TENANT, 'r1')]: reservationDoc('r1', CONTACT, 'active'),
    [paths.reservationQueue(TENANT, 'u1')]: { unitId: 'u1', reservationIds: ['r2'], nextPosition: 2, updatedAt: now },
    [paths.reservationClient(TENANT, CONTACT)]: { contactId: CONTACT, reservationIds: ['r1'], updatedAt: now },
    [paths.reservationSettings(TENANT)]: settingsDoc,
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);
const newReservation = reservationDoc('r9', CONTACT, 'active');

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads the tenant's reservations, paged, and a unit's queue", async () => {
      await assertSucceeds(db(persona).doc(paths.reservation(TENANT, 'r2')).get());
      const active = await assertSucceeds(
        db(persona)
          .collection(paths.reservations(TENANT))
          .where('status', '==', 'active')
          .orderBy('until')
          .limit(25)
          .get(),
      );
      expect(active.docs.map((doc) => doc.id)).toEqual(['r1']);
      const unit = await assertSucceeds(
        db(persona)
          .collection(paths.reservations(TENANT))
          .where('unitId', '==', 'u1')
          .where('status', 'in', ['active', 'queued'])
          .limit(50)
          .get(),
      );
      expect(unit.size).toBe(2);
    });

    it('reads the reservation settings, never writes them', async () => {
      await assertSucceeds(db(persona).doc(paths.reservationSettings(TENANT)).get());
      await assertFails(
        db(persona)
          .doc(paths.reservationSettings(TENANT))
          .set({ ...settingsDoc, maxPerClient: 9 }),
      );
    });

    it("never reads another agency's reservations, nor the functions' queue and client documents", async () => {
      await assertFails(db(persona).doc(paths.reservation(OTHER_TENANT, 'r1')).get());
      await assertFails(db(persona).doc(paths.reservationQueue(TENANT, 'u1')).get());
      await assertFails(db(persona).doc(paths.reservationClient(TENANT, CONTACT)).get());
    });

    it('writes no reservation, queue or client document: functions do', async () => {
      await assertFails(db(persona).doc(paths.reservation(TENANT, 'r9')).set(newReservation));
      await assertFails(db(persona).doc(paths.reservation(TENANT, 'r1')).update({ status: 'expired' }));
      await assertFails(
        db(persona).doc(paths.reservation(TENANT, 'r2')).update({ status: 'active', queuePosition: null }),
      );
      await assertFails(db(persona).doc(paths.reservation(TENANT, 'r1')).delete());
      await assertFails(
        db(persona).doc(paths.reservationQueue(TENANT, 'u1')).set({ unitId: 'u1', reservationIds: [] }),
      );
      await assertFails(db(persona).doc(paths.reservationClient(TENANT, CONTACT)).delete());
    });
  });
}

describe('partner', () => {
  it('reads no reservation', async () => {
    await assertFails(db('partner').doc(paths.reservation(TENANT, 'r1')).get());
    await assertFails(
      db('partner').collection(paths.reservations(TENANT)).where('status', '==', 'active').limit(25).get(),
    );
  });
});

describe('client', () => {
  it('reads their own reservations, by a query on their contact', async () => {
    await assertSucceeds(db('client').doc(paths.reservation(TENANT, 'r1')).get());
    const mine = await assertSucceeds(
      db('client').collection(paths.reservations(TENANT)).where('contactId', '==', CONTACT).limit(20).get(),
    );
    expect(mine.docs.map((doc) => doc.id)).toEqual(['r1']);
    await assertSucceeds(db('otherClient').doc(paths.reservation(TENANT, 'r2')).get());
  });

  it("never reads another client's reservation, nor lists the tenant's", async () => {
    await assertFails(db('client').doc(paths.reservation(TENANT, 'r2')).get());
    await assertFails(
      db('client').collection(paths.reservations(TENANT)).where('status', '==', 'active').limit(20).get(),
    );
    await assertFails(
      db('client').collection(paths.reservations(TENANT)).where('contactId', '==', OTHER_CONTACT).limit(20).get(),
    );
    await assertFails(db('client').doc(paths.reservationClient(TENANT, CONTACT)).get());
  });

  it('reserves nothing from the SDK, not even for themselves: reservations-reserveUnit does, within the limits', async () => {
    await assertFails(
      db('client')
        .doc(paths.reservation(TENANT, 'r9'))
        .set({ ...newReservation, kind: 'online' }),
    );
    await assertFails(
      db('client')
        .doc(paths.reservation(TENANT, 'r1'))
        .update({ until: at('2027-01-01T00:00:00Z') }),
    );
    await assertFails(db('client').doc(paths.reservation(TENANT, 'r1')).update({ status: 'cancelled' }));
  });

  it('reads the terms, never changes them', async () => {
    await assertSucceeds(db('client').doc(paths.reservationSettings(TENANT)).get());
    await assertFails(db('client').doc(paths.reservationSettings(TENANT)).update({ maxPerClient: 20 }));
  });

  it("is not the rival agency's client with the same contact id", async () => {
    const rival = env
      .authenticatedContext(rivalClientUid, { tenantId: OTHER_TENANT, role: 'client', contactId: CONTACT })
      .firestore();
    await assertFails(rival.doc(paths.reservation(TENANT, 'r1')).get());
    await assertSucceeds(rival.doc(paths.reservation(OTHER_TENANT, 'r1')).get());
  });
});

describe('anonymous and other tenants', () => {
  it('read nothing', async () => {
    await assertFails(db('anonymous').doc(paths.reservation(TENANT, 'r1')).get());
    await assertFails(db('otherTenant').doc(paths.reservation(TENANT, 'r1')).get());
    await assertFails(db('anonymous').doc(paths.reservationSettings(TENANT)).get());
    await assertFails(db('otherTenant').doc(paths.reservationSettings(TENANT)).get());
  });
});
