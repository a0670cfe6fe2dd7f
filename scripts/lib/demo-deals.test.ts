import { commissionAgentSchema, commissionTurnoverSchema, dealSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoDeals } from './demo-deals';
import { demoOffers } from './demo-offers';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const now = new Date('2026-12-09T10:00:00Z');
const agency = demoAgency(
  { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
  now,
);
const offers = demoOffers(
  agency,
  now,
  () => 'Sophie Bernard',
  () => 'uid-manager',
);
const PLANS = ['acteur', 'expert', 'approche'] as const;
const team = DEMO_TEAM.map((member, index) => ({
  uid: staff[member.key],
  name: member.displayName,
  managerUid: member.managerKey ? staff[member.managerKey] : null,
  planId: PLANS[index % PLANS.length] ?? 'acteur',
}));

describe('the demo deals', () => {
  const demo = demoDeals(agency, offers.offers, team, staff.owner, now);

  it('open the accepted offer’s deal and close the sold, let and archived listings’ ones', () => {
    expect(demo.deals.length).toBeGreaterThanOrEqual(3);
    for (const deal of demo.deals) expect(dealSchema.safeParse(deal).success).toBe(true);
    expect(demo.deals[0]).toMatchObject({ id: 'offer-demo-offer-accepted', stage: 'accepted', collectedAt: null });
    expect(demo.deals.some((deal) => deal.dealType === 'rental' && deal.stage === 'deed')).toBe(true);
  });

  it('split each collected deal in full, and count each agent’s turnover of those deals', () => {
    const collected = demo.deals.filter((deal) => deal.collectedAt);
    expect(collected.length).toBeGreaterThan(0);
    for (const deal of collected) {
      const split = deal.split!;
      expect(
        split.partnerCents + split.networkCents + split.referralCents + split.ambassadorCents + split.agentCents,
      ).toBe(deal.fees.netCents);
    }
    for (const turnover of demo.turnovers) {
      expect(commissionTurnoverSchema.safeParse(turnover).success).toBe(true);
      const total = collected
        .filter((deal) => deal.agentUid === turnover.uid)
        .reduce((sum, deal) => sum + deal.fees.netCents, 0);
      expect(turnover.cents).toBe(total);
    }
    for (const agent of demo.agents) expect(commissionAgentSchema.safeParse(agent).success).toBe(true);
  });
});
