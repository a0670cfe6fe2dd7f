import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths, registerLineId } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// mandates, amendments and the register of mandates: collaborators read them; clients, partners and
// other tenants never do. Only functions write them: no one sets a register number or a signature
// state from an app, and nobody deletes a register line (kept ten years).

const env = firestoreRulesEnvOfSuite();

const MANDATE = 'm1';
const AMENDMENT = 'a1';
const LINE = registerLineId(1);

function mandateDoc(id: string, status = 'sent', registerNumber: number | null = 1): DocData {
  return {
    id,
    propertyId: 'p1',
    kind: 'exclusive',
    dealType: 'sale',
    price: 320000,
    fees: { amount: 15000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: at('2026-03-01T00:00:00Z'),
    signers: [{ contactId: 'anna', signatoryId: null, name: 'Anna', email: 'anna@example.test' }],
    status,
    registerNumber,
    agentUid: uidOf('agent'),
    createdBy: uidOf('agent'),
  };
}

function lineDoc(number: number): DocData {
  return {
    number,
    mandateId: MANDATE,
    propertyId: 'p1',
    kind: 'exclusive',
    status: 'sent',
    agentUid: uidOf('agent'),
    registeredAt: at('2026-03-01T09:00:00Z'),
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.mandate(TENANT, MANDATE)]: mandateDoc(MANDATE),
    [paths.mandate(OTHER_TENANT, MANDATE)]: mandateDoc(MANDATE),
    [paths.amendment(TENANT, AMENDMENT)]: { id: AMENDMENT, mandateId: MANDATE, status: 'sent' },
    [paths.mandateRegisterLine(TENANT, LINE)]: lineDoc(1),
    [paths.mandateRegisterLine(OTHER_TENANT, LINE)]: lineDoc(1),
    [paths.mandateCounter(TENANT)]: { last: 1 },
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the mandates, their amendments and the register, filtered and paged', async () => {
      await assertSucceeds(db(persona).doc(paths.mandate(TENANT, MANDATE)).get());
      await assertSucceeds(
        db(persona).collection(paths.mandates(TENANT)).where('propertyId', '==', 'p1').limit(20).get(),
      );
      await assertSucceeds(db(persona).doc(paths.amendment(TENANT, AMENDMENT)).get());
      const register = await assertSucceeds(
        db(persona)
          .collection(paths.mandateRegister(TENANT))
          .where('status', '==', 'sent')
          .orderBy('registeredAt', 'desc')
          .limit(50)
          .get(),
      );
      expect(register.size).toBe(1);
    });

    it('writes no mandate, number or signature state, and deletes no register line', async () => {
      await assertFails(
        db(persona)
          .doc(paths.mandate(TENANT, 'm2'))
          .set(mandateDoc('m2', 'draft', null)),
      );
      await assertFails(db(persona).doc(paths.mandate(TENANT, MANDATE)).update({ status: 'signed' }));
      await assertFails(db(persona).doc(paths.mandate(TENANT, MANDATE)).update({ registerNumber: 7 }));
      await assertFails(db(persona).doc(paths.amendment(TENANT, AMENDMENT)).update({ status: 'signed' }));
      await assertFails(
        db(persona)
          .doc(paths.mandateRegisterLine(TENANT, registerLineId(2)))
          .set(lineDoc(2)),
      );
      await assertFails(db(persona).doc(paths.mandateRegisterLine(TENANT, LINE)).update({ status: 'signed' }));
      await assertFails(db(persona).doc(paths.mandateRegisterLine(TENANT, LINE)).delete());
      await assertFails(db(persona).doc(paths.mandate(TENANT, MANDATE)).delete());
      await assertFails(db(persona).doc(paths.mandateCounter(TENANT)).set({ last: 0 }));
      await assertFails(db(persona).doc(paths.mandateCounter(TENANT)).get());
    });

    it('reads nothing of another tenant', async () => {
      await assertFails(db(persona).doc(paths.mandate(OTHER_TENANT, MANDATE)).get());
      await assertFails(db(persona).collection(paths.mandateRegister(OTHER_TENANT)).get());
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no mandate, amendment or register line, and writes none', async () => {
      await assertFails(db(persona).doc(paths.mandate(TENANT, MANDATE)).get());
      await assertFails(db(persona).collection(paths.mandates(TENANT)).where('propertyId', '==', 'p1').get());
      await assertFails(db(persona).doc(paths.amendment(TENANT, AMENDMENT)).get());
      await assertFails(db(persona).doc(paths.mandateRegisterLine(TENANT, LINE)).get());
      await assertFails(db(persona).collection(paths.mandateRegister(TENANT)).limit(10).get());
      await assertFails(db(persona).doc(paths.mandate(TENANT, MANDATE)).update({ status: 'signed' }));
      await assertFails(db(persona).doc(paths.mandateRegisterLine(TENANT, LINE)).delete());
    });
  });
}
