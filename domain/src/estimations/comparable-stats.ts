import type { ComparableSale } from './estimation.schema';

/** A sale's price per square metre, to the euro. */
export function pricePerSquareMetre(sale: Pick<ComparableSale, 'price' | 'surface'>): number {
  return Math.round(sale.price / sale.surface);
}

export interface ComparableSummary {
  count: number;
  /** Prices per square metre: the lower quartile, the median and the upper quartile, to the euro. */
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  min: number;
  max: number;
}

/** The value at fraction `at` of sorted values, interpolated between neighbours (the usual quartile). */
function quantile(sorted: readonly number[], at: number): number {
  const position = (sorted.length - 1) * at;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

/** What the comparable sales say per square metre; null without any. */
export function summariseComparables(
  sales: readonly Pick<ComparableSale, 'price' | 'surface'>[],
): ComparableSummary | null {
  if (sales.length === 0) return null;
  const perMetre = sales.map((sale) => sale.price / sale.surface).sort((a, b) => a - b);
  return {
    count: perMetre.length,
    lowerQuartile: Math.round(quantile(perMetre, 0.25)),
    median: Math.round(quantile(perMetre, 0.5)),
    upperQuartile: Math.round(quantile(perMetre, 0.75)),
    min: Math.round(perMetre[0] ?? 0),
    max: Math.round(perMetre[perMetre.length - 1] ?? 0),
  };
}

/** Rounds a value to the thousand euros an agency announces. */
function toThousand(value: number): number {
  return Math.max(1000, Math.round(value / 1000) * 1000);
}

/**
 * The range the comparables suggest for a property of `surface` m²: the lower and upper quartiles of
 * their prices per square metre applied to it, rounded to the thousand. The agent adjusts it; it is
 * a starting point, never written without them.
 */
export function suggestedRange(
  summary: ComparableSummary | null,
  surface: number | null,
): { low: number; high: number } | null {
  if (!summary || !surface || surface <= 0) return null;
  return { low: toThousand(summary.lowerQuartile * surface), high: toThousand(summary.upperQuartile * surface) };
}
