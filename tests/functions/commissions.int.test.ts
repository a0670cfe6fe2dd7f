import {
  CALLABLES,
  commissionAgentModel,
  commissionSettingsModel,
  paths,
  type CommissionAgent,
  type CommissionSettings,
  type DealResult,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const settingsConverter = converterOf(commissionSettingsModel);
const agentConverter = converterOf(commissionAgentModel);

let tenant: TestTenant;
let admin: TestUser;
let agent: TestUser;
let partner: TestUser;
const t = () => tenant.tenantId;

const readSettings = async (): Promise<CommissionSettings | undefined> =>
  (await adminDb().doc(paths.commissionSettings(t())).withConverter(settingsConverter).get()).data();
const readAgent = async (uid: string): Promise<CommissionAgent | undefined> =>
  (await adminDb().doc(paths.commissionAgent(t(), uid)).withConverter(agentConverter).get()).data();

const plans = {
  plans: [
    { id: 'acteur', name: 'Acteur', agentShare: { kind: 'flat', percent: 75 }, payout: 'weekly' },
    {
      id: 'maison',
      name: 'Maison',
      agentShare: {
        kind: 'tiers',
        tiers: [
          { fromCents: 0, percent: 50 },
          { fromCents: 1_000_000, percent: 60 },
        ],
      },
      payout: 'monthly',
    },
  ],
  defaultPlanId: 'maison',
};

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Formules' });
  [admin, agent, partner] = await Promise.all([
    addActiveMember(tenant, 'admin', 'Ada Admin'),
    addActiveMember(tenant, 'agent', 'Aline Agent'),
    addActiveMember(tenant, 'agent', 'Paul Partenaire'),
  ]);
  // A partner agency's member: the assignment reads the member's role only.
  await adminDb().doc(paths.member(t(), partner.uid)).update({ role: 'partner' });
}, 120_000);

describe('commissions-savePlans', () => {
  it('saves the agency’s plans and default; only owner and admin may', async () => {
    expect(await callCallable(CALLABLES.saveCommissionPlans, plans, agent.idToken)).toMatchObject({
      reason: 'not-team-manager',
    });
    expect(await readSettings()).toBeUndefined();
    await mustCall(CALLABLES.saveCommissionPlans, plans, admin.idToken);
    expect(await readSettings()).toMatchObject({
      defaultPlanId: 'maison',
      plans: { acteur: { name: 'Acteur', agentShare: { kind: 'flat', percent: 75 } }, maison: { payout: 'monthly' } },
    });
  });

  it('refuses a default that is not a plan, a plan twice, and tiers out of order, saving nothing', async () => {
    const [acteur, maison] = plans.plans;
    const cases: [unknown, RegExp][] = [
      [{ plans: [acteur], defaultPlanId: 'nowhere' }, /not one of the plans/],
      [{ plans: [acteur, acteur], defaultPlanId: 'acteur' }, /used twice/],
      [
        {
          plans: [
            {
              ...maison,
              agentShare: {
                kind: 'tiers',
                tiers: [
                  { fromCents: 0, percent: 50 },
                  { fromCents: 0, percent: 60 },
                ],
              },
            },
          ],
          defaultPlanId: 'maison',
        },
        /each tier starts above the one before/,
      ],
    ];
    const before = await readSettings();
    for (const [input, message] of cases) {
      const refused = await callCallable(CALLABLES.saveCommissionPlans, input, tenant.owner.idToken);
      expect(refused).toMatchObject({ ok: false, code: 'invalid-argument' });
      if (!refused.ok) expect(refused.message).toMatch(message);
    }
    expect(await readSettings()).toEqual(before);
  });
});

describe('commissions-assignPlan', () => {
  it('gives a collaborator a plan, their history keeping each with its day; the same plan again writes nothing', async () => {
    await mustCall(CALLABLES.assignCommissionPlan, { uid: agent.uid, planId: 'acteur' }, tenant.owner.idToken);
    await mustCall(CALLABLES.assignCommissionPlan, { uid: agent.uid, planId: 'maison' }, admin.idToken);
    const assigned = await readAgent(agent.uid);
    expect(assigned).toMatchObject({ planId: 'maison' });
    expect(assigned?.history.map((entry) => entry.planId)).toEqual(['acteur', 'maison']);
    await mustCall(CALLABLES.assignCommissionPlan, { uid: agent.uid, planId: 'maison' }, admin.idToken);
    expect((await readAgent(agent.uid))?.updatedAt).toEqual(assigned?.updatedAt);
  });

  it('refuses an unknown plan, a partner, an agent doing it, and one who is not a member', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ uid: agent.uid, planId: 'expert' }, tenant.owner.idToken, 'plan-not-found'],
      [{ uid: partner.uid, planId: 'acteur' }, tenant.owner.idToken, 'not-collaborator'],
      [{ uid: agent.uid, planId: 'acteur' }, agent.idToken, 'not-team-manager'],
      [{ uid: 'nobody-here', planId: 'acteur' }, tenant.owner.idToken, 'member-not-found'],
    ];
    for (const [input, token, reason] of cases) {
      expect(await callCallable(CALLABLES.assignCommissionPlan, input, token)).toMatchObject({ reason });
    }
    expect((await readAgent(agent.uid))?.planId).toBe('maison');
    expect(await readAgent(partner.uid)).toBeUndefined();
  });

  it('keeps a plan someone is paid by: removing it is refused until they have another', async () => {
    const withoutMaison = { plans: [plans.plans[0]], defaultPlanId: 'acteur' };
    expect(await callCallable(CALLABLES.saveCommissionPlans, withoutMaison, tenant.owner.idToken)).toMatchObject({
      reason: 'plan-in-use',
    });
    expect(Object.keys((await readSettings())?.plans ?? {}).sort()).toEqual(['acteur', 'maison']);
    await mustCall(CALLABLES.assignCommissionPlan, { uid: agent.uid, planId: 'acteur' }, tenant.owner.idToken);
    await mustCall(CALLABLES.saveCommissionPlans, withoutMaison, tenant.owner.idToken);
    expect(Object.keys((await readSettings())?.plans ?? {})).toEqual(['acteur']);
  });

  it('splits the next deal by the plan the agent has then', async () => {
    const [buyer, seller] = await Promise.all([createContact(t(), agent.uid), createContact(t(), agent.uid)]);
    const { propertyId } = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: newId(),
        property: {
          dealType: 'sale',
          title: 'Studio Part-Dieu',
          propertyType: 'apartment',
          address: { postalCode: '69003', city: 'Lyon' },
          price: 150000,
          surface: 28,
          rooms: 1,
          status: 'online',
          sellerContactIds: [seller.id],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    const { dealId } = await mustCall<DealResult>(
      CALLABLES.openDeal,
      {
        requestId: newId(),
        dealType: 'sale',
        propertyId,
        buyerContactId: buyer.id,
        sellerContactId: seller.id,
        agentUid: agent.uid,
        price: 150_000,
        acceptedAt: '2026-12-01',
        fees: { net: 8_000, vatPercent: 20, paidBy: 'mandator', collectedBy: 'agency' },
      },
      agent.idToken,
    );
    await mustCall(CALLABLES.collectFees, { dealId, collectedAt: '2026-12-04' }, admin.idToken);
    const deal = (await adminDb().doc(paths.deal(t(), dealId)).get()).data();
    expect(deal).toMatchObject({ planName: 'Acteur', split: { agentGrossCents: 600_000, networkCents: 200_000 } });
  });
});
