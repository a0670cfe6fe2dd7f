import { openDealInputSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { emptyOpenDeal, openDealFormSchema, toOpenDealInput } from './open-deal.form';

const picked = {
  requestId: 'r1',
  propertyId: 'p1',
  buyerContactId: 'c1',
  sellerContactId: 'c2',
  offerId: null,
  referralName: 'Ivan Sokolov',
};

describe('the open-deal form', () => {
  it('gives the callable a valid input, with only the shares switched on', () => {
    const values = {
      ...emptyOpenDeal({ dealType: 'sale', agentUid: 'agent-1', price: 385_000 }, new Date('2026-12-07T10:00:00Z')),
      feesNet: 12_500.5,
      notaryName: ' Étude Durand ',
      withReferral: true,
      referralAgentUid: 'agent-2',
      partnerName: 'ignored while off',
    };
    expect(openDealFormSchema.safeParse(values).success).toBe(true);
    const input = toOpenDealInput(values, picked);
    expect(input).toMatchObject({
      acceptedAt: '2026-12-07',
      notary: { name: 'Étude Durand' },
      shares: { partner: null, referral: { agentUid: 'agent-2', name: 'Ivan Sokolov', percent: 10 }, ambassador: null },
    });
    expect(openDealInputSchema.parse(input).fees.net).toBe(1_250_050);
  });

  it('asks for the notary when the notary collects, and for the name of each share switched on', () => {
    const values = {
      ...emptyOpenDeal({ dealType: 'sale', agentUid: 'agent-1', price: 385_000 }),
      withPartner: true,
      withAmbassador: true,
    };
    const result = openDealFormSchema.safeParse(values);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'notaryName',
      'partnerName',
      'ambassadorName',
    ]);
  });
});
