import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInputSchema, roundedRatio, share } from './money';

describe('money', () => {
  it('rounds a share half up to the cent', () => {
    expect(share(101, 5_000)).toBe(51);
    expect(share(99, 5_000)).toBe(50);
    expect(share(1, 4_999)).toBe(0);
  });

  it('divides exactly when the product passes 2^53, where floating point would not', () => {
    // 10^9 thousandths × (10^9 + 1) cents: past Number.MAX_SAFE_INTEGER, the quotient is not.
    expect(roundedRatio(1_000_000_000, 1_000_000_001, 1000)).toBe(1_000_000_001_000_000);
    // Here floating point answers 208 846 660 165 632: the product's last bits are lost.
    expect(roundedRatio(572_227_226, 1_997_854_289, 5474)).toBe(208_846_660_165_633);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1000, max: 1_000_000 }), (a, b, c) => {
        const exact = (BigInt(a) * BigInt(b) * 2n + BigInt(c)) / (2n * BigInt(c));
        expect(BigInt(roundedRatio(a, b, c))).toBe(exact);
      }),
    );
  });

  it('takes typed amounts of at most two decimals, in cents', () => {
    expect(amountInputSchema.parse(12_500.5)).toBe(1_250_050);
    expect(amountInputSchema.parse(0.07)).toBe(7);
    expect(amountInputSchema.safeParse(0.001).error?.issues[0]?.message).toBe('at most two decimals');
  });
});
