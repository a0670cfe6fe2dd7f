import { isTeamManager, paths, reservationSettingsModel, type ValidReservationSettingsInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor } from '../lib/staff';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

const settingsConverter = converterOf(reservationSettingsModel);

/** Settings › Reservations: the terms per kind, the per-client maximum and the extension limit (owner and admin). */
export async function saveReservationSettings(
  deps: Deps,
  caller: Caller,
  input: ValidReservationSettingsInput,
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
    tx.set(db.doc(paths.reservationSettings(actor.tenantId)).withConverter(settingsConverter), {
      terms: input.terms,
      maxPerClient: input.maxPerClient,
      maxExtension: input.maxExtension,
      updatedAt: now,
      updatedBy: actor.uid,
    });
    return actor.tenantId;
  });
  reservationsLog.settingsSaved(tenantId, caller.uid);
  return { saved: true };
}
