import {
  CALLABLES,
  commissionTurnoverId,
  commissionTurnoverModel,
  dealModel,
  paths,
  type Deal,
  type DealResult,
  type OpenDealInput,
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
const dealConverter = converterOf(dealModel);
const turnoverConverter = converterOf(commissionTurnoverModel);

let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;
let manager: TestUser;
let buyer: { id: string };
let seller: { id: string };
let propertyId: string;
const t = () => tenant.tenantId;

const readDeal = async (dealId: string): Promise<Deal | undefined> =>
  (await adminDb().doc(paths.deal(t(), dealId)).withConverter(dealConverter).get()).data();

const dealCount = async (): Promise<number> =>
  (await adminDb().collection(paths.deals(t())).count().get()).data().count;

function opening(overrides: Partial<OpenDealInput> = {}): OpenDealInput {
  return {
    requestId: newId(),
    dealType: 'sale',
    propertyId,
    buyerContactId: buyer.id,
    sellerContactId: seller.id,
    agentUid: agent.uid,
    price: 385_000,
    acceptedAt: '2026-12-01',
    fees: { net: 12_500, vatPercent: 20, paidBy: 'mandator', collectedBy: 'notary' },
    notary: { name: 'Étude Durand', address: '3 rue de la République, Lyon', email: '' },
    ...overrides,
  } as OpenDealInput;
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Ventes' });
  [agent, otherAgent, manager] = await Promise.all([
    addActiveMember(tenant, 'agent', 'Anna Vente'),
    addActiveMember(tenant, 'agent', 'Oleg Autre'),
    addActiveMember(tenant, 'manager', 'Marc Équipe'),
  ]);
  await adminDb().doc(paths.member(t(), agent.uid)).update({ managerUid: manager.uid });
  [buyer, seller] = await Promise.all([createContact(t(), agent.uid), createContact(t(), agent.uid)]);
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: newId(),
      property: {
        dealType: 'sale',
        title: 'Appartement Croix-Rousse',
        propertyType: 'apartment',
        address: { postalCode: '69004', city: 'Lyon' },
        price: 390000,
        surface: 82,
        rooms: 4,
        status: 'online',
        sellerContactIds: [seller.id],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = property.propertyId;
}, 120_000);

describe('deals-openDeal', () => {
  it('opens a deal by hand with its figures, once however often the form is sent', async () => {
    const input = opening();
    const [first, second] = await Promise.all([
      mustCall<DealResult>(CALLABLES.openDeal, input, agent.idToken),
      mustCall<DealResult>(CALLABLES.openDeal, input, agent.idToken),
    ]);
    expect(second.dealId).toBe(first.dealId);
    expect(first.dealId).toBe(input.requestId);
    const deal = await readDeal(first.dealId);
    expect(deal).toMatchObject({
      stage: 'accepted',
      propertyTitle: 'Appartement Croix-Rousse',
      agentUid: agent.uid,
      agentName: 'Anna Vente',
      managerUid: manager.uid,
      priceCents: 38_500_000,
      acceptedAt: new Date('2026-12-01T00:00:00Z'),
      fees: { netCents: 1_250_000, vatPercent: 20, grossCents: 1_500_000, collectedBy: 'notary' },
      collectedAt: null,
      split: null,
    });
    expect(await dealCount()).toBe(1);
  });

  it('refuses, changing nothing: another agent’s deal, the seller as buyer, a missing offer, bad figures', async () => {
    const before = await dealCount();
    expect(await callCallable(CALLABLES.openDeal, opening({ agentUid: agent.uid }), otherAgent.idToken)).toMatchObject({
      reason: 'not-deal-agent',
    });
    expect(await callCallable(CALLABLES.openDeal, opening({ buyerContactId: seller.id }), agent.idToken)).toMatchObject(
      {
        reason: 'buyer-is-seller',
      },
    );
    expect(await callCallable(CALLABLES.openDeal, opening({ offerId: 'no-such-offer' }), agent.idToken)).toMatchObject({
      reason: 'offer-not-found',
    });
    // A property is its agent's to close: another agent names themselves in vain.
    expect(
      await callCallable(CALLABLES.openDeal, opening({ agentUid: otherAgent.uid }), otherAgent.idToken),
    ).toMatchObject({
      reason: 'not-property-agent',
    });
    // An offer's deal id is not a form's to take.
    const taken = await callCallable(CALLABLES.openDeal, opening({ requestId: 'offer-someone-else' }), agent.idToken);
    expect(taken).toMatchObject({ ok: false, code: 'invalid-argument' });
    const bad = await callCallable(
      CALLABLES.openDeal,
      opening({ fees: { net: 12_500.555, vatPercent: 120, paidBy: 'mandator', collectedBy: 'agency' } }),
      agent.idToken,
    );
    expect(bad).toMatchObject({ ok: false, code: 'invalid-argument' });
    if (!bad.ok) expect(bad.message).toMatch(/at most two decimals/);
    expect(await dealCount()).toBe(before);
  });

  it('lets a manager open a deal for their team', async () => {
    const { dealId } = await mustCall<DealResult>(CALLABLES.openDeal, opening(), manager.idToken);
    expect((await readDeal(dealId))?.createdBy).toBe(manager.uid);
  });
});

describe('deals-recordDealStep', () => {
  it('records the preliminary contract and the deed, refusing dates out of order; a retry writes nothing', async () => {
    const { dealId } = await mustCall<DealResult>(CALLABLES.openDeal, opening(), agent.idToken);
    const preliminary = {
      dealId,
      change: {
        step: 'preliminary',
        preliminary: { signedAt: '2026-12-03', deposit: 19_250, conditions: 'Prêt de 300 000 €' },
      },
    };
    await mustCall(CALLABLES.recordDealStep, preliminary, agent.idToken);
    const signed = await readDeal(dealId);
    expect(signed).toMatchObject({ stage: 'preliminary', preliminary: { depositCents: 1_925_000 } });
    await mustCall(CALLABLES.recordDealStep, preliminary, agent.idToken);
    expect((await readDeal(dealId))?.updatedAt).toEqual(signed?.updatedAt);

    expect(
      await callCallable(
        CALLABLES.recordDealStep,
        { dealId, change: { step: 'deed-planned', deedAt: '2026-12-02' } },
        agent.idToken,
      ),
    ).toMatchObject({ reason: 'dates-out-of-order' });
    expect(
      await callCallable(
        CALLABLES.recordDealStep,
        { dealId, change: { step: 'deed-signed', deedAt: '2099-01-15' } },
        agent.idToken,
      ),
    ).toMatchObject({ reason: 'date-in-future' });
    // The agent's manager records the deed for the team.
    await mustCall(
      CALLABLES.recordDealStep,
      { dealId, change: { step: 'deed-signed', deedAt: '2026-12-05' } },
      manager.idToken,
    );
    expect(await readDeal(dealId)).toMatchObject({
      stage: 'deed',
      deedSigned: true,
      deedAt: new Date('2026-12-05T00:00:00Z'),
    });
    expect(
      await callCallable(CALLABLES.recordDealStep, { dealId, change: { step: 'cancel' } }, agent.idToken),
    ).toMatchObject({
      reason: 'deed-signed',
    });
  });

  it('answers another agent as if the deal did not exist', async () => {
    const { dealId } = await mustCall<DealResult>(CALLABLES.openDeal, opening(), agent.idToken);
    expect(
      await callCallable(CALLABLES.recordDealStep, { dealId, change: { step: 'cancel' } }, otherAgent.idToken),
    ).toMatchObject({ reason: 'deal-not-found' });
    expect((await readDeal(dealId))?.stage).toBe('accepted');
  });
});

describe('deals-collectFees', () => {
  it('splits the fees by the agent’s tiers and yearly turnover, once; only owner and admin record it', async () => {
    const agentOf = await addActiveMember(tenant, 'agent', 'Tiers Agent');
    const deal = (net: number) =>
      opening({ agentUid: agentOf.uid, fees: { net, vatPercent: 20, paidBy: 'mandator', collectedBy: 'agency' } });
    // The property is another agent's: the owner records these two deals for this one.
    const first = await mustCall<DealResult>(CALLABLES.openDeal, deal(35_000), tenant.owner.idToken);
    const second = await mustCall<DealResult>(CALLABLES.openDeal, deal(12_500), tenant.owner.idToken);

    expect(
      await callCallable(CALLABLES.collectFees, { dealId: first.dealId, collectedAt: '2026-12-05' }, agentOf.idToken),
    ).toMatchObject({ reason: 'not-team-manager' });

    expect(
      await callCallable(
        CALLABLES.collectFees,
        { dealId: first.dealId, collectedAt: '2099-01-15' },
        tenant.owner.idToken,
      ),
    ).toMatchObject({ reason: 'date-in-future' });
    const collect = { dealId: first.dealId, collectedAt: '2026-12-05' };
    await Promise.all([
      mustCall(CALLABLES.collectFees, collect, tenant.owner.idToken),
      mustCall(CALLABLES.collectFees, collect, tenant.owner.idToken),
    ]);
    expect((await readDeal(first.dealId))?.split).toMatchObject({ feesCents: 3_500_000, agentGrossCents: 2_450_000 });
    // 35 000 € before: 5 000 € at 70 %, then 7 500 € at 80 % (Acteur's tier from 40 000 €).
    await mustCall(CALLABLES.collectFees, { dealId: second.dealId, collectedAt: '2026-12-06' }, tenant.owner.idToken);
    const collected = await readDeal(second.dealId);
    expect(collected).toMatchObject({
      collectedAt: new Date('2026-12-06T00:00:00Z'),
      planName: 'Acteur',
      split: { feesCents: 1_250_000, agentGrossCents: 950_000, networkCents: 300_000, agentCents: 950_000 },
    });
    const turnover = await adminDb()
      .doc(paths.commissionTurnover(t(), commissionTurnoverId(agentOf.uid, 2026)))
      .withConverter(turnoverConverter)
      .get();
    expect(turnover.data()?.cents).toBe(4_750_000);

    expect(
      await callCallable(
        CALLABLES.collectFees,
        { dealId: second.dealId, collectedAt: '2026-12-07' },
        tenant.owner.idToken,
      ),
    ).toMatchObject({ reason: 'fees-already-collected' });
    expect(await readDeal(second.dealId)).toEqual(collected);
  });
});
