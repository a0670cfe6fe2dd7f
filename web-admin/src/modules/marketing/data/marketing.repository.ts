import {
  deleteChannelContract,
  MARKETING_CHANNELS_MAX,
  marketingChannelModel,
  paths,
  reportCounterModel,
  saveChannelContract,
  type ContractInput,
  type MarketingChannel,
  type Month,
  type ReportCounter,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { collection, getDocs, limit, orderBy, query, where, type QuerySnapshot } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

function docsOf<T>(snapshot: QuerySnapshot<T>): T[] {
  return snapshot.docs.flatMap((item) => {
    const value = readDoc(item);
    return value ? [value] : [];
  });
}

/** Every channel of the tenant (at most `MARKETING_CHANNELS_MAX`, which the save refuses past), by name. */
export async function fetchChannels(tenantId: string): Promise<MarketingChannel[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.marketingChannels(tenantId)).withConverter(converterOf(marketingChannelModel)),
      orderBy('name'),
      limit(MARKETING_CHANNELS_MAX),
    ),
  );
  return docsOf(snapshot);
}

/** The counters of the months from `first` to `last` (one document per month at most). */
export async function fetchCounters(tenantId: string, months: readonly Month[]): Promise<ReportCounter[]> {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const snapshot = await getDocs(
    query(
      collection(db, paths.reportCounters(tenantId)).withConverter(converterOf(reportCounterModel)),
      where('month', '>=', first),
      where('month', '<=', last),
      orderBy('month'),
      limit(months.length),
    ),
  );
  return docsOf(snapshot);
}

export const saveChannel = (input: ContractInput<typeof saveChannelContract>) => call(saveChannelContract, input);
export const deleteChannel = (channelId: string) => call(deleteChannelContract, { channelId });
