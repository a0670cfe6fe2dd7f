import { paths, type MapSettings, type SaveMapSettingsInput } from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { readTeamManagerActor } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';

/**
 * `tenancy-saveMapSettings`: owner or admin choose the map tiles (or none). The contract's schema has
 * checked the template (https, Leaflet's placeholders, a host the apps' Content-Security-Policy lets
 * images come from), which the rules could not; writing the same settings again changes nothing else.
 */
export async function saveMapSettings(deps: Deps, caller: Caller, input: SaveMapSettingsInput): Promise<MapSettings> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    tx.update(db.doc(paths.tenant(actor.tenantId)), { map: input.map, updatedAt: FieldValue.serverTimestamp() });
    return input.map;
  });
}
