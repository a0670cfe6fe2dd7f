import { moneyFormat } from '@estate/domain';
import { useMemo } from 'react';
import { currentLocale } from '../../i18n/i18n';
import { useLiveTenant } from './live-tenant.provider';

/** Amounts in the agency's currency, whole units (`450 000 €`). */
export function useMoney(): (amount: number) => string {
  const currency = useLiveTenant()?.currency ?? 'EUR';
  return useMemo(() => {
    const format = moneyFormat(currentLocale(), currency);
    return (amount: number) => format.format(amount);
  }, [currency]);
}

/** Amounts kept in cents (fees, commissions, invoices) in the agency's currency, to the cent (`12 500,50 €`). */
export function useCents(): (cents: number) => string {
  const currency = useLiveTenant()?.currency ?? 'EUR';
  return useMemo(() => {
    const format = new Intl.NumberFormat(currentLocale(), {
      style: 'currency',
      currency,
      currencyDisplay: currency === 'RUB' ? 'narrowSymbol' : 'symbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return (cents: number) => format.format(cents / 100);
  }, [currency]);
}
