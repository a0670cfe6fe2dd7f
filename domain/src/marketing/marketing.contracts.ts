import { defineCallable } from '../shared/contract';
import { channelResultSchema, deleteChannelInputSchema, saveChannelInputSchema } from './marketing-channel.schema';

const HEAD_OF_SALES_REFUSALS = ['actor-not-active', 'not-staff', 'not-team-manager'] as const;

export const saveChannelContract = defineCallable({
  name: 'marketing-saveChannel',
  access: 'signed-in',
  input: saveChannelInputSchema,
  output: channelResultSchema,
  refusals: [...HEAD_OF_SALES_REFUSALS, 'origin-unknown', 'origin-taken', 'channels-full'],
});

export const deleteChannelContract = defineCallable({
  name: 'marketing-deleteChannel',
  access: 'signed-in',
  input: deleteChannelInputSchema,
  output: channelResultSchema,
  refusals: [...HEAD_OF_SALES_REFUSALS, 'channel-not-found'],
});
