import { marketingChannelModel, reportCounterModel, type Month } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import { fetchChannels, fetchCounters } from '../data/marketing.repository';

export const marketingKeys = {
  channels: (tenantId: string) => modelKeys.of(tenantId, marketingChannelModel),
  counters: (tenantId: string) => modelKeys.of(tenantId, reportCounterModel),
};

export const channelsOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...marketingKeys.channels(tenantId), 'list'] as const,
    queryFn: () => fetchChannels(tenantId),
  });

export const countersOptions = (tenantId: string, months: readonly Month[]) =>
  queryOptions({
    queryKey: [...marketingKeys.counters(tenantId), months[0] ?? '', months.at(-1) ?? ''] as const,
    queryFn: () => fetchCounters(tenantId, months),
  });
