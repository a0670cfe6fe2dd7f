import { moneyFormat } from '@estate/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../tenant/tenant.context';
import { tenantQuery } from './firebase/client-space.queries';

/** Prices in the agency's currency and the client's language, whole units. */
export function useMoney(): (amount: number) => string {
  const { i18n } = useTranslation();
  const { tenantId } = useTenant();
  const tenant = useQuery(tenantQuery(tenantId));
  const currency = tenant.data?.currency ?? 'EUR';
  return useMemo(() => {
    const format = moneyFormat(i18n.language, currency);
    return (amount: number) => format.format(amount);
  }, [currency, i18n.language]);
}
