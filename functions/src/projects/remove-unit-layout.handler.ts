import { paths, type ContractParsedInput, type removeUnitLayoutContract } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import type { FileStore } from '../files/file-store';
import { readInventoryEditor, unitConverter } from './inventory-store';
import { layoutFiles } from './unit-layout.file-access';
import { projectsLog } from './projects.log';
import { runTransaction } from '../lib/transactions';

/**
 * `projects-removeUnitLayout`: the layout leaves the unit in a transaction, then its files go. The
 * caller names the layout they saw: one uploaded meanwhile stays. A retry finds it gone and answers
 * `already-removed`, deleting its files again if a failure left any.
 */
export async function removeUnitLayout(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: ContractParsedInput<typeof removeUnitLayoutContract>,
): Promise<{ status: 'removed' | 'already-removed' }> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readInventoryEditor(db, tx, caller);
    const ref = db.doc(paths.unit(actor.tenantId, input.unitId)).withConverter(unitConverter);
    const unit = (await tx.get(ref)).data();
    if (!unit) throw new Refusal('not-found', 'This unit does not exist any more.', 'unit-not-found');
    if (unit.layout?.id !== input.layoutId) return { removed: false, actor };
    tx.update(ref, toStored({ layout: null, updatedAt: deps.now() }));
    return { removed: true, actor };
  });
  const { tenantId, uid } = outcome.actor;
  await Promise.all(layoutFiles(tenantId, input.unitId, input.layoutId).map((path) => deps.files.remove(path)));
  if (!outcome.removed) return { status: 'already-removed' };
  projectsLog.layoutRemoved(tenantId, input.unitId, input.layoutId, uid);
  return { status: 'removed' };
}
