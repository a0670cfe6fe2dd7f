import { isTeamManager, paths, type ValidDiscountSettingsInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor } from '../lib/staff';
import { discountSettingsConverter } from './discount-store';
import { discountsLog } from './discounts.log';
import { runTransaction } from '../lib/transactions';

/** Settings › Discounts: the largest discount a manager grants alone, as a share of the price (owner and admin). */
export async function saveDiscountSettings(
  deps: Deps,
  caller: Caller,
  input: ValidDiscountSettingsInput,
): Promise<{ saved: true }> {
  const { db } = deps;
  const now = deps.now();
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    if (!isTeamManager(actor.role)) {
      throw new Refusal(
        'permission-denied',
        'Only the owner or an admin may change these settings.',
        'not-team-manager',
      );
    }
    tx.set(db.doc(paths.discountSettings(actor.tenantId)).withConverter(discountSettingsConverter), {
      maxManagerPercent: input.maxManagerPercent,
      updatedAt: now,
      updatedBy: actor.uid,
    });
    return actor.tenantId;
  });
  discountsLog.settingsSaved(tenantId, input.maxManagerPercent, caller.uid);
  return { saved: true };
}
