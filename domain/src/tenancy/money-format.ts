import type { Currency } from './tenant.schema';

/**
 * Whole amounts in the tenant's currency for a reader of `locale`. The rouble is shown with its sign
 * (`8 450 000 ₽`) in every language: French and English would otherwise print the code "RUB", which
 * nobody selling in Russia writes. Other currencies keep the locale's symbol, which tells `$US` from `$CA`.
 */
export function moneyFormat(locale: string, currency: Currency): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: currency === 'RUB' ? 'narrowSymbol' : 'symbol',
    maximumFractionDigits: 0,
  });
}
