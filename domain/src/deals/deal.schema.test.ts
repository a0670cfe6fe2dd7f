import { describe, expect, it } from 'vitest';
import { feesGrossCents, openDealInputSchema, type OpenDealInput } from './deal.schema';

const input: OpenDealInput = {
  requestId: 'r1',
  dealType: 'sale',
  propertyId: 'p1',
  buyerContactId: 'c1',
  sellerContactId: 'c2',
  agentUid: 'agent-1',
  price: 385_000,
  acceptedAt: '2026-12-01',
  fees: { net: 12_500.5, vatPercent: 20, paidBy: 'mandator', collectedBy: 'notary' },
};

describe('deals', () => {
  it('keeps typed amounts in cents and fills the optional parts', () => {
    const deal = openDealInputSchema.parse(input);
    expect(deal.price).toBe(38_500_000);
    expect(deal.fees.net).toBe(1_250_050);
    expect(deal).toMatchObject({
      offerId: null,
      notary: null,
      shares: { partner: null, referral: null, ambassador: null },
    });
  });

  it('refuses amounts of more than two decimals and percentages above 100', () => {
    const bad = openDealInputSchema.safeParse({ ...input, price: 1.005, fees: { ...input.fees, vatPercent: 120 } });
    expect(bad.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'price: at most two decimals',
      'fees.vatPercent: at most 100',
    ]);
  });

  it('adds VAT to the fees, rounded half up to the cent', () => {
    expect(feesGrossCents(1_250_050, 20)).toBe(1_500_060);
    expect(feesGrossCents(1_001, 5.5)).toBe(1_056);
    expect(feesGrossCents(1_000, 0)).toBe(1_000);
  });
});
