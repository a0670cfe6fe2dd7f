import { paths, type PipelineSettings, type SavePipelineSettingsInput } from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { readTeamManagerActor } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';

/**
 * `pipeline-savePipelineSettings`: owner or admin save the phase names, the phase each action moves
 * to and the agency's own history types, validated whole by the contract's schema (the rules could
 * check the shape of these lists of maps but not each element).
 */
export async function savePipelineSettings(
  deps: Deps,
  caller: Caller,
  input: SavePipelineSettingsInput,
): Promise<PipelineSettings> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    tx.set(db.doc(paths.pipelineSettings(actor.tenantId)), {
      ...input.settings,
      updatedAt: FieldValue.serverTimestamp(),
    });
    return input.settings;
  });
}
