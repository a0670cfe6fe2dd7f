import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { commissionTurnoverId, paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// deals: owner and admin read every deal, an agent their own, a manager their own and their team's;
// partners, clients and other tenants none. Commission plans are read by collaborators, an agent's plan
// and turnover by that agent and by owner and admin. Nobody writes any of them from an app.

const env = firestoreRulesEnvOfSuite();

const OWN = 'deal-own';
const TEAM = 'deal-team';
const OTHER = 'deal-other';
const OTHER_AGENT = 'oscar-agent';

function dealDoc(id: string, agentUid: string, managerUid: string | null) {
  return {
    id,
    dealType: 'sale',
    stage: 'accepted',
    propertyId: 'p1',
    agentUid,
    managerUid,
    priceCents: 38_500_000,
    acceptedAt: at('2026-12-01T00:00:00Z'),
    collectedAt: null,
    split: null,
    updatedAt: at('2026-12-07T10:00:00Z'),
  };
}

const turnover = (uid: string) => ({ uid, year: 2026, cents: 1_000_000, updatedAt: at('2026-12-07T10:00:00Z') });

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.deal(TENANT, OWN)]: dealDoc(OWN, uidOf('agent'), null),
    [paths.deal(TENANT, TEAM)]: dealDoc(TEAM, OTHER_AGENT, uidOf('manager')),
    [paths.deal(TENANT, OTHER)]: dealDoc(OTHER, OTHER_AGENT, null),
    [paths.deal(OTHER_TENANT, OWN)]: dealDoc(OWN, uidOf('agent'), uidOf('manager')),
    [paths.commissionSettings(TENANT)]: { plans: {}, defaultPlanId: null, updatedAt: at('2026-12-07T10:00:00Z') },
    [paths.commissionAgent(TENANT, uidOf('agent'))]: { uid: uidOf('agent'), planId: 'acteur', history: [] },
    [paths.commissionAgent(TENANT, OTHER_AGENT)]: { uid: OTHER_AGENT, planId: 'expert', history: [] },
    [paths.commissionTurnover(TENANT, commissionTurnoverId(uidOf('agent'), 2026))]: turnover(uidOf('agent')),
    [paths.commissionTurnover(TENANT, commissionTurnoverId(OTHER_AGENT, 2026))]: turnover(OTHER_AGENT),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);
const deal = (persona: PersonaName, id: string, tenant = TENANT) => db(persona).doc(paths.deal(tenant, id));

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads every deal of the tenant, lists them, and none of another tenant', async () => {
      for (const id of [OWN, TEAM, OTHER]) await assertSucceeds(deal(persona, id).get());
      await assertSucceeds(db(persona).collection(paths.deals(TENANT)).get());
      await assertFails(deal(persona, OWN, OTHER_TENANT).get());
    });

    it('reads every plan and turnover, and lists the collaborators’ plans (Settings › Commissions)', async () => {
      await assertSucceeds(db(persona).doc(paths.commissionAgent(TENANT, OTHER_AGENT)).get());
      await assertSucceeds(db(persona).collection(paths.commissionAgents(TENANT)).get());
      await assertSucceeds(
        db(persona)
          .doc(paths.commissionTurnover(TENANT, commissionTurnoverId(OTHER_AGENT, 2026)))
          .get(),
      );
    });
  });
}

describe('agent', () => {
  it('reads their own deals, and lists them filtered on themselves only', async () => {
    await assertSucceeds(deal('agent', OWN).get());
    await assertFails(deal('agent', TEAM).get());
    await assertFails(deal('agent', OTHER).get());
    await assertSucceeds(db('agent').collection(paths.deals(TENANT)).where('agentUid', '==', uidOf('agent')).get());
    await assertFails(db('agent').collection(paths.deals(TENANT)).get());
  });

  it('reads their own plan and turnover, not another agent’s', async () => {
    await assertSucceeds(
      db('agent')
        .doc(paths.commissionAgent(TENANT, uidOf('agent')))
        .get(),
    );
    await assertFails(db('agent').doc(paths.commissionAgent(TENANT, OTHER_AGENT)).get());
    await assertFails(db('agent').collection(paths.commissionAgents(TENANT)).get());
    const own = paths.commissionTurnover(TENANT, commissionTurnoverId(uidOf('agent'), 2026));
    await assertSucceeds(db('agent').doc(own).get());
    await assertFails(
      db('agent')
        .doc(paths.commissionTurnover(TENANT, commissionTurnoverId(OTHER_AGENT, 2026)))
        .get(),
    );
  });
});

describe('manager', () => {
  it('reads their team’s deals, not another agent’s', async () => {
    await assertSucceeds(deal('manager', TEAM).get());
    await assertFails(deal('manager', OTHER).get());
    await assertSucceeds(
      db('manager').collection(paths.deals(TENANT)).where('managerUid', '==', uidOf('manager')).get(),
    );
    await assertFails(db('manager').collection(paths.deals(TENANT)).get());
  });
});

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the plans, and writes no deal, plan or turnover', async () => {
      await assertSucceeds(db(persona).doc(paths.commissionSettings(TENANT)).get());
      await assertFails(deal(persona, OWN).update({ priceCents: 1 }));
      await assertFails(deal(persona, 'new-deal').set(dealDoc('new-deal', uidOf(persona), null)));
      await assertFails(deal(persona, OWN).delete());
      await assertFails(
        db(persona)
          .doc(paths.commissionSettings(TENANT))
          .set({ plans: {}, defaultPlanId: 'expert', updatedAt: at('2026-12-07T10:00:00Z') }),
      );
      await assertFails(
        db(persona)
          .doc(paths.commissionAgent(TENANT, uidOf(persona)))
          .set({ planId: 'expert' }),
      );
      await assertFails(
        db(persona)
          .doc(paths.commissionTurnover(TENANT, commissionTurnoverId(uidOf(persona), 2026)))
          .set(turnover(uidOf(persona))),
      );
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no deal, plan or turnover', async () => {
      await assertFails(deal(persona, OWN).get());
      await assertFails(db(persona).doc(paths.commissionSettings(TENANT)).get());
      await assertFails(
        db(persona)
          .doc(paths.commissionAgent(TENANT, uidOf('agent')))
          .get(),
      );
      await assertFails(
        db(persona)
          .doc(paths.commissionTurnover(TENANT, commissionTurnoverId(uidOf('agent'), 2026)))
          .get(),
      );
    });
  });
}
