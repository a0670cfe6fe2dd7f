import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agentGrossCents,
  agentShareSchema,
  currentRate,
  DEFAULT_COMMISSION_PLANS,
  type AgentShare,
} from './commission-plan.schema';
import { splitCommission, type CommissionSplitInput } from './commission-split';

const flat = (percent: number): AgentShare => ({ kind: 'flat', percent });
const acteur = DEFAULT_COMMISSION_PLANS.acteur.agentShare;

const base: CommissionSplitInput = {
  feesCents: 1_000_000,
  agentShare: flat(70),
  agentTurnoverCents: 0,
  partnerPercent: null,
  referralPercent: null,
  ambassador: null,
};

const cents = fc.integer({ min: 0, max: 100_000_000_000 });
const percent = fc.integer({ min: 0, max: 10_000 }).map((points) => points / 100);
const tiers = fc
  .uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 1, maxLength: 5 })
  .chain((starts) =>
    fc.tuple(fc.constant([0, ...starts.sort((a, b) => a - b)]), fc.array(percent, { minLength: 6, maxLength: 6 })),
  )
  .map(([starts, rates]): AgentShare => ({
    kind: 'tiers',
    tiers: starts.map((fromCents, index) => ({ fromCents, percent: rates[index]! })),
  }));
const agentShare = fc.oneof(percent.map(flat), tiers);
const splitInput = fc.record({
  feesCents: cents,
  agentShare,
  agentTurnoverCents: fc.integer({ min: 0, max: 100_000_000 }),
  partnerPercent: fc.option(percent),
  referralPercent: fc.option(percent),
  ambassador: fc.option(
    fc.oneof(
      percent.map((value) => ({ kind: 'percent' as const, percent: value })),
      cents.map((value) => ({ kind: 'amount' as const, cents: value })),
    ),
  ),
});

describe('splitCommission', () => {
  it('gives the agent their flat share of the fees and the network the rest', () => {
    expect(splitCommission(base)).toMatchObject({
      partnerCents: 0,
      networkCents: 300_000,
      agentGrossCents: 700_000,
      agentCents: 700_000,
      agentRatePercent: 70,
    });
  });

  it('pays the partner off the top, then the referral and the ambassador out of the agent’s part', () => {
    const split = splitCommission({
      ...base,
      partnerPercent: 50,
      referralPercent: 20,
      ambassador: { kind: 'amount', cents: 50_000 },
    });
    expect(split).toMatchObject({
      partnerCents: 500_000,
      networkCents: 150_000,
      agentGrossCents: 350_000,
      referralCents: 70_000,
      ambassadorCents: 50_000,
      agentCents: 230_000,
    });
  });

  it('rounds each share half up to the cent and gives the difference to the last part', () => {
    // 33.33 % of 1.01 € is 0.336633 €: 34 cents; the agent's 70 % of the 67 left is 46.9: 47.
    const split = splitCommission({ ...base, feesCents: 101, partnerPercent: 33.33 });
    expect(split).toMatchObject({ partnerCents: 34, agentGrossCents: 47, networkCents: 20 });
  });

  it('caps a fixed ambassador fee at what the referral leaves of the agent’s commission', () => {
    const split = splitCommission({
      ...base,
      feesCents: 10_000,
      referralPercent: 50,
      ambassador: { kind: 'amount', cents: 1_000_000 },
    });
    expect(split).toMatchObject({
      agentGrossCents: 7_000,
      referralCents: 3_500,
      ambassadorCents: 3_500,
      agentCents: 0,
    });
  });

  it('always adds up to the fees exactly, with no part negative, whatever the inputs', () => {
    fc.assert(
      fc.property(splitInput, (input) => {
        const split = splitCommission(input);
        const parts = [
          split.partnerCents,
          split.networkCents,
          split.referralCents,
          split.ambassadorCents,
          split.agentCents,
        ];
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(input.feesCents);
        for (const part of parts) expect(Number.isInteger(part) && part >= 0).toBe(true);
        expect(split.referralCents + split.ambassadorCents + split.agentCents).toBe(split.agentGrossCents);
      }),
    );
  });

  it('never pays the agent less for a higher rate', () => {
    fc.assert(
      fc.property(cents, percent, percent, (fees, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = splitCommission({ ...base, feesCents: fees, agentShare: flat(low) });
        const higher = splitCommission({ ...base, feesCents: fees, agentShare: flat(high) });
        expect(higher.agentCents).toBeGreaterThanOrEqual(lower.agentCents);
      }),
    );
  });
});

describe('tiers of the yearly turnover', () => {
  it('pays a deal that crosses a threshold at each tier’s rate for its part', () => {
    // 35 000 € so far: 5 000 € of a 10 000 € deal at 70 %, 5 000 € at 80 %.
    expect(agentGrossCents(acteur, 1_000_000, 3_500_000)).toBe(350_000 + 400_000);
    expect(currentRate(acteur, 3_500_000)).toBe(70);
    expect(currentRate(acteur, 4_000_000)).toBe(80);
    expect(currentRate(acteur, 9_000_000)).toBe(90);
  });

  it('pays one deal as the sum of the same fees cut in two deals, to a cent per cut', () => {
    fc.assert(
      fc.property(tiers, fc.integer({ min: 0, max: 20_000_000 }), cents, cents, (share, turnover, first, second) => {
        const whole = agentGrossCents(share, first + second, turnover);
        const cut = agentGrossCents(share, first, turnover) + agentGrossCents(share, second, turnover + first);
        expect(Math.abs(whole - cut)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('equals the flat rate when every tier has the same rate', () => {
    fc.assert(
      fc.property(percent, cents, fc.integer({ min: 0, max: 20_000_000 }), (rate, fees, turnover) => {
        const sameRate: AgentShare = {
          kind: 'tiers',
          tiers: [
            { fromCents: 0, percent: rate },
            { fromCents: 1_000_000, percent: rate },
          ],
        };
        expect(agentGrossCents(sameRate, fees, turnover)).toBe(agentGrossCents(flat(rate), fees, turnover));
      }),
    );
  });

  it('refuses tiers that do not start at 0 or do not rise', () => {
    const parse = (fromCents: number[]) =>
      agentShareSchema.safeParse({ kind: 'tiers', tiers: fromCents.map((from) => ({ fromCents: from, percent: 70 })) });
    expect(parse([0, 100]).success).toBe(true);
    expect(parse([100, 200]).error?.issues[0]?.message).toBe('the first tier starts at 0');
    expect(parse([0, 200, 200]).error?.issues[0]?.message).toBe('each tier starts above the one before');
    expect(agentShareSchema.safeParse({ kind: 'flat', percent: 70.001 }).success).toBe(false);
  });
});
