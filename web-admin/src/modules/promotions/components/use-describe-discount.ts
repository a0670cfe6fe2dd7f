import type { Discount } from '@estate/domain';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../tenancy';

/** A discount in words: `−5 %`, `−900 000 ₽`, `150 000 ₽ per m²`. */
export function useDescribeDiscount(): (discount: Discount) => string {
  const { t } = useTranslation();
  const money = useMoney();
  return (discount) => {
    switch (discount.kind) {
      case 'percent':
        return t('promotions.describe.percent', { percent: discount.percent });
      case 'amount':
        return t('promotions.describe.amount', { amount: money(discount.amount) });
      case 'pricePerSquareMetre':
        return t('promotions.describe.pricePerSquareMetre', { amount: money(discount.pricePerSquareMetre) });
    }
  };
}
