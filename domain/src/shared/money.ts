import { z } from 'zod';

/**
 * Money that is invoiced is counted in cents (whole minor units of the tenant's currency), as an
 * integer: sums and splits are exact, and only a share of an amount is ever rounded. Prices of
 * properties and units stay in whole units (property.schema.ts); `toCents` converts them.
 */
export const MAX_CENTS = 100_000_000_000; // a thousand million in the currency

export const centsSchema = z
  .number({ message: 'a number' })
  .int({ message: 'a whole number of cents' })
  .min(0, { message: 'at least 0' })
  .max(MAX_CENTS, { message: 'too large' });

/** An amount the user types in the currency (12 500,50): at most two decimals, then kept in cents. */
export const amountInputSchema = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(MAX_CENTS / 100, { message: 'too large' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'at most two decimals' })
  .transform((value) => Math.round(value * 100));

export const toCents = (units: number) => Math.round(units * 100);

/**
 * A percentage to a hundredth (5.5 %, 33.33 %), kept as basis points (hundredths of a percent) so
 * that `share` multiplies integers only: cents × basis points stays below 2^53.
 */
export const percentSchema = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(100, { message: 'at most 100' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'at most two decimals' });

export const basisPoints = (percent: number) => Math.round(percent * 100);

/** `a × b / c` rounded half up, for non-negative integers; exact beyond 2^53 too (in BigInt there). */
export function roundedRatio(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const quotient = Math.floor(product / c);
    const remainder = product - quotient * c;
    return 2 * remainder >= c ? quotient + 1 : quotient;
  }
  const big = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const quotient = big / divisor;
  return Number(2n * (big - quotient * divisor) >= divisor ? quotient + 1n : quotient);
}

/** The share of an amount of cents given in basis points, rounded half up to the cent. */
export const share = (cents: number, points: number) => roundedRatio(cents, points, 10_000);
