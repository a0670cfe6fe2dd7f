import { z } from 'zod';
import { docIdSchema, line, uidSchema } from '../shared/text';

/** A calendar month, `2026-03` (UTC, like every month the reports count in). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month as YYYY-MM' });
export type Month = z.infer<typeof monthSchema>;

/** A tenant keeps at most this many channels: the reports read them all, in one bounded query. */
export const MARKETING_CHANNELS_MAX = 100;
export const CHANNEL_ORIGINS_MAX = 20;
/** Five years of monthly costs per channel. */
export const CHANNEL_COST_MONTHS_MAX = 60;

const costAmount = z
  .number({ message: 'a whole amount' })
  .int({ message: 'a whole amount' })
  .min(0, { message: 'not negative' })
  .max(1_000_000_000, { message: 'too large' });

/** What a channel cost per month, in whole units of the tenant's currency; a month left out is not known. */
export const channelCostsSchema = z
  .record(monthSchema, costAmount)
  .refine((costs) => Object.keys(costs).length <= CHANNEL_COST_MONTHS_MAX, {
    message: `at most ${CHANNEL_COST_MONTHS_MAX} months`,
  });
export type ChannelCosts = z.infer<typeof channelCostsSchema>;

const channelFields = z.object({
  name: line(80),
  /**
   * The lead origins (`settings/contacts.origins` ids) whose contacts this channel brings. An origin
   * belongs to one channel at most, so a lead is never counted for two.
   */
  originIds: z
    .array(docIdSchema)
    .min(1, { message: 'at least one origin' })
    .max(CHANNEL_ORIGINS_MAX, { message: `at most ${CHANNEL_ORIGINS_MAX} origins` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each once' }),
  costs: channelCostsSchema,
});

/** `tenants/{t}/marketingChannels/{channelId}`: an advertising channel, written by marketing-saveChannel. */
export const marketingChannelSchema = channelFields.extend({
  id: docIdSchema,
  createdAt: z.date(),
  updatedAt: z.date(),
  updatedBy: uidSchema,
});
export type MarketingChannel = z.infer<typeof marketingChannelSchema>;

/** Creates or replaces a channel; the id comes from the caller, so a retried creation writes the same one. */
export const saveChannelInputSchema = channelFields.extend({ channelId: docIdSchema });
export type SaveChannelInput = z.input<typeof saveChannelInputSchema>;

export const deleteChannelInputSchema = z.object({ channelId: docIdSchema });

export const channelResultSchema = z.object({ channelId: docIdSchema });
