import type { Locale } from '../shared/locale';
import type { Currency } from '../tenancy/tenant.schema';
import { moneyFormat } from '../tenancy/money-format';
import type { ValidBookingDiscountInput } from './discount.schema';

/** The sum a discount takes off `priceBefore`, rounded to a whole unit of currency. */
export function discountAmountOf(discount: Pick<ValidBookingDiscountInput, 'kind' | 'value'>, priceBefore: number) {
  return discount.kind === 'amount' ? discount.value : Math.round((priceBefore * discount.value) / 100);
}

/** The largest sum a manager takes off `priceBefore` alone under the tenant's percentage. */
export function maxManagerDiscount(priceBefore: number, maxManagerPercent: number): number {
  return Math.floor((priceBefore * maxManagerPercent) / 100);
}

export type DiscountRefusal = 'discount-exceeds-price' | 'discount-above-threshold';

/**
 * Whether a discount of `amount` on `priceBefore` may be granted: never the whole price (an offer has a
 * price), and beyond the tenant's percentage only by the head of sales or with their approval.
 */
export function discountRefusal(args: {
  amount: number;
  priceBefore: number;
  maxManagerPercent: number;
  /** The caller is the head of sales, or the head of sales approved this discount. */
  approved: boolean;
}): DiscountRefusal | null {
  if (args.amount < 1 || args.amount >= args.priceBefore) return 'discount-exceeds-price';
  if (!args.approved && args.amount > maxManagerDiscount(args.priceBefore, args.maxManagerPercent)) {
    return 'discount-above-threshold';
  }
  return null;
}

/** "5 % (250 000 ₽)" or "250 000 ₽ (5 %)": the discount as typed, then the other measure. */
export function discountWords(
  locale: Locale,
  currency: Currency,
  discount: Pick<ValidBookingDiscountInput, 'kind' | 'value'>,
  priceBefore: number,
): string {
  const money = moneyFormat(locale, currency);
  const amount = discountAmountOf(discount, priceBefore);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  if (discount.kind === 'percent') return `${percent.format(discount.value / 100)} (${money.format(amount)})`;
  const share = priceBefore > 0 ? amount / priceBefore : 0;
  return `${money.format(amount)} (${percent.format(share)})`;
}
