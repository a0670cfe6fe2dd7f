import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// bookings: collaborators (owner, admin, manager, agent) read their tenant's booking offers; partners,
// clients and other tenants read none. Nobody writes one from an app, not even the owner: the
// bookings-* functions do (the payment with the unit's booked status and fixed price).

const env = firestoreRulesEnvOfSuite();

const now = at('2026-12-07T10:00:00Z');

function bookingDoc(id: string, status: 'issued' | 'paid'): DocData {
  return {
    id,
    unitId: 'u1',
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: '101',
    projectName: 'ЖК Северный',
    buildingName: 'Корпус 1',
    contactId: CONTACT,
    contactName: 'Anna',
    basePrice: 8_450_000,
    price: 8_100_000,
    reservationId: 'r1',
    status,
    validUntil: at('2026-12-10T00:00:00Z'),
    paidAt: status === 'paid' ? now : null,
    payment: null,
    escrow: null,
    notes: '',
    createdBy: uidOf('manager'),
    createdByName: 'Manager',
    cancelledAt: null,
    cancelledBy: null,
    createdAt: now,
    updatedAt: now,
  };
}

const escrow = {
  kind: 'escrow',
  bank: 'Сбербанк',
  account: '40817810099910004312',
  amount: 8_100_000,
  openedAt: now,
  disclosedAt: null,
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.booking(TENANT, 'b1')]: bookingDoc('b1', 'issued'),
    [paths.booking(TENANT, 'b2')]: bookingDoc('b2', 'paid'),
    [paths.booking(OTHER_TENANT, 'b1')]: bookingDoc('b1', 'issued'),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads the tenant's offers, one or a page of one status", async () => {
      await assertSucceeds(db(persona).doc(paths.booking(TENANT, 'b1')).get());
      const issued = await assertSucceeds(
        db(persona)
          .collection(paths.bookings(TENANT))
          .where('status', '==', 'issued')
          .orderBy('createdAt', 'desc')
          .limit(25)
          .get(),
      );
      expect(issued.docs.map((doc) => doc.id)).toEqual(['b1']);
    });

    it('reads no offer of another tenant', async () => {
      await assertFails(db(persona).doc(paths.booking(OTHER_TENANT, 'b1')).get());
      await assertFails(db(persona).collection(paths.bookings(OTHER_TENANT)).limit(25).get());
    });

    it('writes no offer directly: no issue, payment, escrow or deletion', async () => {
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b9')).set(bookingDoc('b9', 'issued')));
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b1')).update({ status: 'paid', paidAt: now }));
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b1')).update({ price: 1 }));
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b2')).update({ escrow }));
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b1')).delete());
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no offer, not even their own as a client', async () => {
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b1')).get());
      await assertFails(db(persona).collection(paths.bookings(TENANT)).limit(25).get());
      await assertFails(
        db(persona).collection(paths.bookings(TENANT)).where('contactId', '==', CONTACT).limit(25).get(),
      );
    });

    it('writes no offer', async () => {
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b9')).set(bookingDoc('b9', 'issued')));
      await assertFails(db(persona).doc(paths.booking(TENANT, 'b1')).update({ status: 'paid' }));
    });
  });
}
