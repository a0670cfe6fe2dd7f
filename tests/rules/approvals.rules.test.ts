import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// approvals: the head of sales (owner, admin) reads every request of the tenant; managers and agents
// read only their own (a list must filter on requestedBy); partners, clients and other tenants read
// none. Nobody writes one from an app: approvals-request, -decide and -withdraw do.

const env = firestoreRulesEnvOfSuite();

const now = at('2026-12-07T10:00:00Z');

function approvalDoc(id: string, requestedBy: string, status: 'pending' | 'approved' = 'pending'): DocData {
  return {
    id,
    action: { kind: 'priceBelowFloor', unitId: 'u1', price: 7_900_000 },
    status,
    unitId: 'u1',
    unitNumber: '101',
    projectName: 'ЖК Северный',
    contactName: null,
    current: { until: null, price: 8_000_000 },
    floorPrice: 8_000_000,
    reason: 'Последняя квартира',
    requestedBy,
    requestedByName: 'Manager',
    requestedAt: now,
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    outcome: null,
    updatedAt: now,
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.approval(TENANT, 'by-manager')]: approvalDoc('by-manager', uidOf('manager')),
    [paths.approval(TENANT, 'by-agent')]: approvalDoc('by-agent', uidOf('agent')),
    [paths.approval(OTHER_TENANT, 'by-manager')]: approvalDoc('by-manager', uidOf('manager')),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads every request of the tenant, one or a page of pending ones', async () => {
      await assertSucceeds(db(persona).doc(paths.approval(TENANT, 'by-agent')).get());
      const pending = await assertSucceeds(
        db(persona)
          .collection(paths.approvals(TENANT))
          .where('status', '==', 'pending')
          .orderBy('requestedAt', 'asc')
          .limit(25)
          .get(),
      );
      expect(pending.docs.map((doc) => doc.id).sort()).toEqual(['by-agent', 'by-manager']);
    });

    it('reads none of another tenant, and writes none, not even a decision', async () => {
      await assertFails(db(persona).doc(paths.approval(OTHER_TENANT, 'by-manager')).get());
      await assertFails(db(persona).doc(paths.approval(TENANT, 'by-manager')).update({ status: 'approved' }));
      await assertFails(
        db(persona)
          .doc(paths.approval(TENANT, 'new'))
          .set(approvalDoc('new', uidOf(persona))),
      );
      await assertFails(db(persona).doc(paths.approval(TENANT, 'by-agent')).delete());
    });
  });
}

for (const persona of ['manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads their own requests, one or a page filtered on themselves', async () => {
      const own = persona === 'manager' ? 'by-manager' : 'by-agent';
      await assertSucceeds(db(persona).doc(paths.approval(TENANT, own)).get());
      const mine = await assertSucceeds(
        db(persona)
          .collection(paths.approvals(TENANT))
          .where('requestedBy', '==', uidOf(persona))
          .where('status', '==', 'pending')
          .orderBy('requestedAt', 'asc')
          .limit(25)
          .get(),
      );
      expect(mine.docs.map((doc) => doc.id)).toEqual([own]);
    });

    it("reads no one else's request, nor an unfiltered list", async () => {
      const other = persona === 'manager' ? 'by-agent' : 'by-manager';
      await assertFails(db(persona).doc(paths.approval(TENANT, other)).get());
      await assertFails(
        db(persona).collection(paths.approvals(TENANT)).where('status', '==', 'pending').limit(25).get(),
      );
    });

    it('writes none, not even withdrawing their own', async () => {
      const own = persona === 'manager' ? 'by-manager' : 'by-agent';
      await assertFails(db(persona).doc(paths.approval(TENANT, own)).update({ status: 'withdrawn' }));
      await assertFails(
        db(persona)
          .doc(paths.approval(TENANT, 'mine'))
          .set(approvalDoc('mine', uidOf(persona))),
      );
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads and writes no request', async () => {
      await assertFails(db(persona).doc(paths.approval(TENANT, 'by-manager')).get());
      await assertFails(db(persona).collection(paths.approvals(TENANT)).limit(25).get());
      await assertFails(db(persona).doc(paths.approval(TENANT, 'x')).set(approvalDoc('x', 'someone')));
    });
  });
}
