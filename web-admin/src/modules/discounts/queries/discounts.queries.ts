import { discountSettingsModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchDiscountSettings } from '../data/discounts.repository';

export const discountKeys = {
  settings: (tenantId: string) => modelKeys.of(tenantId, discountSettingsModel),
};

export const discountSettingsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: discountKeys.settings(tenantId),
    queryFn: () => fetchDiscountSettings(tenantId),
  });
