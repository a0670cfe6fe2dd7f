import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pricePerSquareMetre, suggestedRange, summariseComparables } from './comparable-stats';

describe('comparable sales', () => {
  it('gives the price per square metre to the euro', () => {
    expect(pricePerSquareMetre({ price: 250_000, surface: 62.5 })).toBe(4000);
    expect(pricePerSquareMetre({ price: 100_000, surface: 3 })).toBe(33_333);
  });

  it('summarises prices per square metre with quartiles', () => {
    const summary = summariseComparables([
      { price: 300_000, surface: 100 },
      { price: 200_000, surface: 50 },
      { price: 500_000, surface: 100 },
      { price: 400_000, surface: 100 },
    ]);
    expect(summary).toEqual({ count: 4, lowerQuartile: 3750, median: 4000, upperQuartile: 4250, min: 3000, max: 5000 });
  });

  it('has nothing to say without sales, nor a range without a surface', () => {
    expect(summariseComparables([])).toBeNull();
    expect(suggestedRange(null, 50)).toBeNull();
    const summary = summariseComparables([{ price: 100_000, surface: 25 }]);
    expect(suggestedRange(summary, null)).toBeNull();
    expect(suggestedRange(summary, 0)).toBeNull();
  });

  it('suggests a range rounded to the thousand from the quartiles', () => {
    const summary = summariseComparables([
      { price: 300_000, surface: 100 },
      { price: 400_000, surface: 100 },
    ]);
    // Quartiles 3,250 and 3,750 €/m² over 61 m²: 198,250 and 228,750.
    expect(suggestedRange(summary, 61)).toEqual({ low: 198_000, high: 229_000 });
  });

  it('keeps quartiles ordered and within the sales for any sales', () => {
    const sale = fc.record({
      price: fc.integer({ min: 1, max: 10_000_000 }),
      surface: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(sale, { minLength: 1, maxLength: 40 }), (sales) => {
        const summary = summariseComparables(sales);
        if (!summary) return false;
        return (
          summary.min <= summary.lowerQuartile &&
          summary.lowerQuartile <= summary.median &&
          summary.median <= summary.upperQuartile &&
          summary.upperQuartile <= summary.max
        );
      }),
    );
  });
});
