import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMISSION_PLANS } from '../commissions/commission-plan.schema';
import {
  commissionStage,
  collectFeesRefusal,
  dealAfterStep,
  dealSplit,
  dealStepRefusal,
  isDealStepDone,
  planOfAgent,
} from './deal-flow';
import { dealStepInputSchema, type Deal, type DealStepInput } from './deal.schema';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date('2026-12-07T10:00:00Z');
/** When the steps are recorded: every date of these tests has come. */
const later = new Date('2027-06-01T10:00:00Z');

const deal: Deal = {
  id: 'd1',
  dealType: 'sale',
  stage: 'accepted',
  propertyId: 'p1',
  propertyTitle: 'Maison, Lyon 3e',
  buyerContactId: 'c1',
  buyerName: 'Léa Martin',
  sellerContactId: 'c2',
  sellerName: 'Paul Durand',
  offerId: null,
  agentUid: 'agent-1',
  agentName: 'Anna Petit',
  managerUid: null,
  priceCents: 38_500_000,
  acceptedAt: new Date('2026-12-01T15:30:00Z'),
  preliminary: null,
  deedAt: null,
  deedSigned: false,
  fees: { netCents: 1_250_000, vatPercent: 20, grossCents: 1_500_000, paidBy: 'mandator', collectedBy: 'notary' },
  notary: null,
  shares: { partner: null, referral: null, ambassador: null },
  collectedAt: null,
  commissionInvoiceId: null,
  split: null,
  planName: null,
  createdAt: now,
  createdBy: 'agent-1',
  updatedAt: now,
};
const step = (input: DealStepInput) => dealStepInputSchema.parse(input);

describe('deal steps', () => {
  it('goes from acceptance to preliminary contract to deed', () => {
    const preliminary = step({
      step: 'preliminary',
      preliminary: { signedAt: '2026-12-10', deposit: 19_250, conditions: 'Prêt de 300 000 €' },
    });
    expect(dealStepRefusal(deal, preliminary, later)).toBeNull();
    const signed = dealAfterStep(deal, preliminary, now);
    expect(signed).toMatchObject({
      stage: 'preliminary',
      preliminary: { signedAt: day('2026-12-10'), depositCents: 1_925_000, conditions: 'Prêt de 300 000 €' },
    });
    expect(isDealStepDone(signed, preliminary)).toBe(true);
    const planned = dealAfterStep(signed, step({ step: 'deed-planned', deedAt: '2027-03-15' }), now);
    expect(planned).toMatchObject({ stage: 'preliminary', deedAt: day('2027-03-15'), deedSigned: false });
    const done = dealAfterStep(planned, step({ step: 'deed-signed', deedAt: '2027-03-16' }), now);
    expect(done).toMatchObject({ stage: 'deed', deedAt: day('2027-03-16'), deedSigned: true });
    expect(dealStepRefusal(done, step({ step: 'cancel' }), later)).toBe('deed-signed');
  });

  it('refuses a date before the step it follows', () => {
    expect(
      dealStepRefusal(
        deal,
        step({ step: 'preliminary', preliminary: { signedAt: '2026-11-30', deposit: 0, conditions: '' } }),
        later,
      ),
    ).toBe('dates-out-of-order');
    // The day of the acceptance itself is allowed, whatever its hour.
    expect(
      dealStepRefusal(
        deal,
        step({ step: 'preliminary', preliminary: { signedAt: '2026-12-01', deposit: 0, conditions: '' } }),
        later,
      ),
    ).toBeNull();
    const signed = { ...deal, preliminary: { signedAt: day('2026-12-10'), depositCents: 0, conditions: '' } };
    expect(dealStepRefusal(signed, step({ step: 'deed-planned', deedAt: '2026-12-09' }), later)).toBe(
      'dates-out-of-order',
    );
    // Nor a preliminary contract after the deed planned.
    const planned = { ...deal, deedAt: day('2027-03-01') };
    const afterDeed = step({
      step: 'preliminary',
      preliminary: { signedAt: '2027-03-02', deposit: 0, conditions: '' },
    });
    expect(dealStepRefusal(planned, afterDeed, later)).toBe('dates-out-of-order');
  });

  it('refuses what is signed on a day to come, and a letting’s preliminary contract', () => {
    const today = new Date('2026-12-07T23:30:00Z');
    const preliminary = (signedAt: string) =>
      step({ step: 'preliminary', preliminary: { signedAt, deposit: 0, conditions: '' } });
    // A day ahead of UTC is still today somewhere; two days ahead is not.
    expect(dealStepRefusal(deal, preliminary('2026-12-08'), today)).toBeNull();
    expect(dealStepRefusal(deal, preliminary('2026-12-09'), today)).toBe('date-in-future');
    expect(dealStepRefusal(deal, step({ step: 'deed-signed', deedAt: '2026-12-09' }), today)).toBe('date-in-future');
    // A deed may be planned any day to come.
    expect(dealStepRefusal(deal, step({ step: 'deed-planned', deedAt: '2027-03-01' }), today)).toBeNull();
    expect(collectFeesRefusal(deal, day('2026-12-09'), today)).toBe('date-in-future');
    expect(dealStepRefusal({ ...deal, dealType: 'rental' }, preliminary('2026-12-02'), today)).toBe('not-for-rental');
  });

  it('takes nothing on a cancelled deal, and cancels none whose fees came in', () => {
    const cancelled = dealAfterStep(deal, step({ step: 'cancel' }), now);
    expect(cancelled.stage).toBe('cancelled');
    expect(dealStepRefusal(cancelled, step({ step: 'deed-planned', deedAt: '2027-01-10' }), later)).toBe(
      'deal-cancelled',
    );
    expect(dealStepRefusal({ ...deal, collectedAt: day('2026-12-05') }, step({ step: 'cancel' }), later)).toBe(
      'fees-collected',
    );
  });
});

describe('collecting the fees', () => {
  it('is recorded once: the same day again is a retry, another day a refusal', () => {
    expect(collectFeesRefusal(deal, day('2026-12-20'), later)).toBeNull();
    const collected = { ...deal, collectedAt: day('2026-12-20') };
    expect(collectFeesRefusal(collected, day('2026-12-20'), later)).toBeNull();
    expect(collectFeesRefusal(collected, day('2026-12-21'), later)).toBe('fees-already-collected');
    expect(collectFeesRefusal(deal, day('2026-11-30'), later)).toBe('dates-out-of-order');
    expect(collectFeesRefusal({ ...deal, stage: 'cancelled' }, day('2026-12-20'), later)).toBe('deal-cancelled');
  });

  it('splits by the agent’s plan and yearly turnover, the parts adding up to the fees', () => {
    const split = dealSplit(deal, DEFAULT_COMMISSION_PLANS.acteur, 3_500_000);
    // 5 000 € at 70 % (up to 40 000 €), 7 500 € at 80 %.
    expect(split).toMatchObject({ feesCents: 1_250_000, agentGrossCents: 950_000, networkCents: 300_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        (netCents, turnover, partner) => {
          const parts = dealSplit(
            {
              fees: { ...deal.fees, netCents },
              shares: {
                partner: partner === null ? null : { name: 'Agence du Parc', percent: partner / 100 },
                referral: { agentUid: 'agent-2', name: 'Ivan Sokolov', percent: 10 },
                ambassador: { name: 'Marc', reward: { kind: 'amount', cents: 30_000 } },
              },
            },
            DEFAULT_COMMISSION_PLANS.acteur,
            turnover,
          );
          const sum =
            parts.partnerCents + parts.networkCents + parts.referralCents + parts.ambassadorCents + parts.agentCents;
          return sum === netCents && parts.agentCents >= 0;
        },
      ),
    );
  });
});

describe('planOfAgent', () => {
  it('takes the agent’s plan, else the default, else Acteur', () => {
    expect(planOfAgent(null, null, 'expert').plan.name).toBe('Expert');
    expect(planOfAgent(null, 'approche', null).plan.name).toBe('Approche');
    expect(planOfAgent(null, null, 'gone')).toMatchObject({ planId: 'acteur', plan: { name: 'Acteur' } });
    const own = { maison: { name: 'Maison', agentShare: { kind: 'flat', percent: 60 }, payout: 'monthly' } } as const;
    expect(planOfAgent(own, null, null)).toMatchObject({ planId: 'maison', plan: { name: 'Maison' } });
  });
});

describe('commissionStage', () => {
  const split = { ...dealSplit(deal, DEFAULT_COMMISSION_PLANS.acteur, 0) };
  it('follows the agent’s commission from the deal to its invoice', () => {
    expect(commissionStage(deal)).toBe('in-progress');
    const collected = { ...deal, stage: 'deed' as const, collectedAt: new Date('2026-12-01T00:00:00Z'), split };
    expect(commissionStage(collected)).toBe('due');
    expect(commissionStage({ ...collected, commissionInvoiceId: 'commission-a-2026-W49' })).toBe('invoiced');
  });

  it('has none for a cancelled deal, or when nothing is left to the agent', () => {
    expect(commissionStage({ ...deal, stage: 'cancelled' })).toBeNull();
    const nothing = { ...split, agentCents: 0 };
    expect(commissionStage({ ...deal, collectedAt: new Date('2026-12-01T00:00:00Z'), split: nothing })).toBeNull();
  });
});
