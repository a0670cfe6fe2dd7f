import { CHANNEL_COST_MONTHS_MAX, type MarketingChannel, type Month, type SaveChannelInput } from '@estate/domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';

/** What the channel form holds; messages are text keys. A month's cost left empty is not known. */
export const channelFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'marketing.validation.required' })
    .max(80, { message: 'marketing.validation.nameLength' }),
  originIds: z.array(z.string()).min(1, { message: 'marketing.validation.origins' }),
  costs: z.array(
    z.object({
      month: z.string(),
      amount: z
        .number({ message: 'marketing.validation.number' })
        .int({ message: 'marketing.validation.whole' })
        .min(0, { message: 'marketing.validation.notNegative' })
        .max(1_000_000_000, { message: 'marketing.validation.tooLarge' })
        .nullable(),
    }),
  ),
});
export type ChannelForm = z.infer<typeof channelFormSchema>;

/** The form of a channel (or a new one), with a cost field for each of `months`, newest first. */
export function channelFormOf(channel: MarketingChannel | null, months: readonly Month[]): ChannelForm {
  return {
    name: channel?.name ?? '',
    originIds: channel ? [...channel.originIds] : [],
    costs: [...months].reverse().map((month) => ({ month, amount: channel?.costs[month] ?? null })),
  };
}

/**
 * What the save sends: the months shown as typed (an emptied one removed), the older months the form
 * does not show kept as they were, the oldest dropped past the limit.
 */
export function channelInputOf(
  form: ChannelForm,
  channelId: string,
  kept: MarketingChannel['costs'],
): SaveChannelInput {
  const costs: Record<string, number> = { ...kept };
  for (const { month, amount } of form.costs) {
    if (amount === null) delete costs[month];
    else costs[month] = amount;
  }
  const months = Object.keys(costs).sort().slice(-CHANNEL_COST_MONTHS_MAX);
  return {
    channelId,
    name: form.name.trim(),
    originIds: form.originIds,
    costs: Object.fromEntries(months.map((month) => [month, costs[month] as number])),
  };
}

const REFUSAL_KEYS: Record<string, string> = {
  'not-team-manager': 'marketing.refusals.notHeadOfSales',
  'origin-unknown': 'marketing.refusals.originUnknown',
  'origin-taken': 'marketing.refusals.originTaken',
  'channels-full': 'marketing.refusals.channelsFull',
  'channel-not-found': 'marketing.refusals.channelNotFound',
};

/** The sentence for a refused save or deletion, or null for another error. */
export function channelRefusalText(
  t: TFunction,
  refused: { reason: string | null; details: Record<string, unknown> },
): string | null {
  const key = refused.reason ? REFUSAL_KEYS[refused.reason] : undefined;
  if (!key) return null;
  const { channelName } = refused.details;
  return t(key, { channel: typeof channelName === 'string' ? channelName : '' });
}
