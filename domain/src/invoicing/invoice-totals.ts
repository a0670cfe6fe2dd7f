import { z } from 'zod';
import { basisPoints, centsSchema, MAX_CENTS, percentSchema, roundedRatio, share } from '../shared/money';
import { line } from '../shared/text';

/**
 * VAT as an invoice line carries it, in EN 16931's terms: standard rated (S) at a rate, or exempt (E)
 * with the reason the invoice must print, such as an agent under the VAT franchise
 * ("TVA non applicable, art. 293 B du CGI").
 */
export const lineVatSchema = z.discriminatedUnion('category', [
  z.object({
    category: z.literal('S'),
    ratePercent: percentSchema.refine((rate) => rate > 0, { message: 'more than 0' }),
  }),
  z.object({ category: z.literal('E'), exemptionReason: line(200) }),
]);
export type LineVat = z.infer<typeof lineVatSchema>;

export const VAT_FRANCHISE_REASON = 'TVA non applicable, art. 293 B du CGI';

const QUANTITY_MAX = 1_000_000;
/** A quantity to a thousandth (1, 0.5, 2.125), kept as thousandths when multiplied. */
export const quantitySchema = z
  .number({ message: 'a number' })
  .positive({ message: 'more than 0' })
  .max(QUANTITY_MAX, { message: `at most ${QUANTITY_MAX}` })
  .refine((value) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6, { message: 'at most three decimals' });

export const invoiceLineSchema = z
  .object({
    description: line(300),
    quantity: quantitySchema,
    unitPriceCents: centsSchema,
    vat: lineVatSchema,
  })
  .refine((entry) => entry.quantity * entry.unitPriceCents <= MAX_CENTS, {
    message: 'the line’s total is too large',
    path: ['quantity'],
  });
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export interface VatBreakdown {
  category: LineVat['category'];
  /** 0 for an exempt category. */
  ratePercent: number;
  exemptionReason: string | null;
  taxableCents: number;
  taxCents: number;
}

export interface InvoiceTotals {
  /** Each line's net amount (quantity × unit price, to the cent), in the order of the lines. */
  lineNetCents: number[];
  vat: VatBreakdown[];
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** One key per VAT category and rate (or exemption reason): lines with the same key are taxed together. */
export const vatKey = (vat: LineVat) =>
  vat.category === 'S' ? `S:${basisPoints(vat.ratePercent)}` : `E:${vat.exemptionReason}`;

/**
 * The totals EN 16931 defines, computed as its rules require (BR-CO-10 to BR-CO-17): each line net
 * rounded to the cent, the VAT of each category and rate computed once on the sum of its lines and
 * rounded, the totals as exact sums. Rounding line by line instead would break BR-CO-17 on the
 * validator.
 */
export function invoiceTotals(lines: readonly InvoiceLine[]): InvoiceTotals {
  const lineNetCents = lines.map((entry) =>
    roundedRatio(Math.round(entry.quantity * 1000), entry.unitPriceCents, 1000),
  );
  const groups = new Map<string, VatBreakdown>();
  lines.forEach((entry, index) => {
    const key = vatKey(entry.vat);
    const group = groups.get(key) ?? {
      category: entry.vat.category,
      ratePercent: entry.vat.category === 'S' ? entry.vat.ratePercent : 0,
      exemptionReason: entry.vat.category === 'E' ? entry.vat.exemptionReason : null,
      taxableCents: 0,
      taxCents: 0,
    };
    group.taxableCents += lineNetCents[index]!;
    groups.set(key, group);
  });
  const vat = [...groups.values()].map((group) => ({
    ...group,
    taxCents: share(group.taxableCents, basisPoints(group.ratePercent)),
  }));
  const netCents = lineNetCents.reduce((sum, amount) => sum + amount, 0);
  const vatCents = vat.reduce((sum, group) => sum + group.taxCents, 0);
  return { lineNetCents, vat, netCents, vatCents, grossCents: netCents + vatCents };
}
