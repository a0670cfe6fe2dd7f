import {
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  isTeamManager,
  MARKETING_CHANNELS_MAX,
  marketingChannelModel,
  paths,
  type ContractParsedInput,
  type saveChannelContract,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf, readSettings } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';
import { marketingLog } from './marketing.log';
import { runTransaction } from '../lib/transactions';

const channelConverter = converterOf(marketingChannelModel);

/** Advertising channels and their costs are the head of sales' budget: owner and admin only. */
export function requireHeadOfSales(actor: Actor): void {
  if (!isTeamManager(actor.role)) {
    throw new Refusal(
      'permission-denied',
      'Only the owner or an admin may change advertising channels.',
      'not-team-manager',
    );
  }
}

/**
 * Creates or replaces a channel: its name, the origins it brings (each the tenant's, and no other
 * channel's, so no lead counts twice) and its monthly costs. The transaction reads every channel (at
 * most `MARKETING_CHANNELS_MAX`), so two saves claiming one origin cannot both commit.
 */
export async function saveChannel(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof saveChannelContract>,
): Promise<{ channelId: string }> {
  const { db } = deps;
  const now = deps.now();
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    requireHeadOfSales(actor);
    const settings = readSettings(
      contactsSettingsModel,
      await tx.get(db.doc(paths.contactsSettings(actor.tenantId))),
      DEFAULT_CONTACTS_SETTINGS,
    );
    const known = new Set(settings.origins.map((origin) => origin.id));
    const unknown = input.originIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Refusal(
        'invalid-argument',
        'These origins are not among the agency’s lead origins.',
        'origin-unknown',
        {
          originIds: unknown,
        },
      );
    }
    const channels = (
      await tx.get(
        db
          .collection(paths.marketingChannels(actor.tenantId))
          .withConverter(channelConverter)
          .limit(MARKETING_CHANNELS_MAX + 1),
      )
    ).docs.map((doc) => doc.data());
    const existing = channels.find((channel) => channel.id === input.channelId) ?? null;
    if (!existing && channels.length >= MARKETING_CHANNELS_MAX) {
      throw new Refusal(
        'resource-exhausted',
        `An agency keeps at most ${MARKETING_CHANNELS_MAX} advertising channels.`,
        'channels-full',
      );
    }
    const wanted = new Set(input.originIds);
    const other = channels.find(
      (channel) => channel.id !== input.channelId && channel.originIds.some((id) => wanted.has(id)),
    );
    if (other) {
      throw new Refusal(
        'failed-precondition',
        `The channel "${other.name}" already brings one of these origins.`,
        'origin-taken',
        { channelName: other.name, originIds: other.originIds.filter((id) => wanted.has(id)) },
      );
    }
    tx.set(db.doc(paths.marketingChannel(actor.tenantId, input.channelId)).withConverter(channelConverter), {
      id: input.channelId,
      name: input.name,
      originIds: input.originIds,
      costs: input.costs,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      updatedBy: actor.uid,
    });
    return actor.tenantId;
  });
  marketingLog.channelSaved(tenantId, input.channelId, caller.uid);
  return { channelId: input.channelId };
}
