import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { marketingChannelSchema } from './marketing-channel.schema';
import { reportCounterSchema } from './report-counter.schema';

export const marketingChannelModel = defineModel({
  kind: 'marketingChannel',
  schema: marketingChannelSchema,
  path: paths.marketingChannel,
});
export const reportCounterModel = defineModel({
  kind: 'reportCounter',
  schema: reportCounterSchema,
  path: paths.reportCounter,
});
