import { offerSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
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

describe('the demo offers', () => {
  const demo = demoOffers(agency, now, () => 'Sophie Bernard');

  it('put one property under offer with its accepted offer, and leave a signed counter on another', () => {
    expect(demo.offers.map((offer) => offer.status)).toEqual(['accepted', 'countered', 'signed']);
    for (const offer of demo.offers) expect(offerSchema.safeParse(offer).success).toBe(true);
    const [accepted, countered, pending] = demo.offers;
    expect(accepted?.buyerContactIds).toEqual([agency.clientContactId]);
    expect(accepted?.preliminaryContractDate?.getTime()).toBeLessThan(accepted?.deedDate?.getTime() ?? 0);
    expect(pending).toMatchObject({ threadId: countered?.id, counterOf: countered?.id, round: 2 });
    expect(demo.properties.map((property) => property.status)).toEqual(['under-offer', 'online']);
    expect(demo.properties.every((property) => property.offerCount === 1)).toBe(true);
    expect(demo.history[0]).toMatchObject({ type: 'purchase-confirmation', propertyId: accepted?.propertyId });
  });
});
