import { paths, type ContractParsedInput, type deleteChannelContract } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor } from '../lib/staff';
import { marketingLog } from './marketing.log';
import { requireHeadOfSales } from './save-channel.handler';
import { runTransaction } from '../lib/transactions';

/**
 * Removes a channel. The months' counters stay (they are kept per origin), so the origins it brought
 * may be given to another channel, whose report then shows their past figures.
 */
export async function deleteChannel(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof deleteChannelContract>,
): Promise<{ channelId: string }> {
  const { db } = deps;
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    requireHeadOfSales(actor);
    const ref = db.doc(paths.marketingChannel(actor.tenantId, input.channelId));
    if (!(await tx.get(ref)).exists) {
      throw new Refusal('not-found', 'This advertising channel does not exist.', 'channel-not-found');
    }
    tx.delete(ref);
    return actor.tenantId;
  });
  marketingLog.channelDeleted(tenantId, input.channelId, caller.uid);
  return { channelId: input.channelId };
}
