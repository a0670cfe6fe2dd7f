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
