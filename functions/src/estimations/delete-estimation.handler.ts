import { paths, type DeleteEstimationInput, type DeleteEstimationResult } from '@estate/domain';
import type { FileStore } from '../files/file-store';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { estimationsLog } from './estimations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Deletes an estimation the user confirmed, then its appraisal PDF; one already gone answers
 * `already-deleted` (and removes a PDF left behind).
 */
export async function deleteEstimation(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: DeleteEstimationInput,
): Promise<DeleteEstimationResult> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const ref = db.doc(paths.estimation(actor.tenantId, input.propertyId, input.estimationId));
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return { tenantId: actor.tenantId, deleted: false, by: actor.uid };
    tx.delete(ref);
    return { tenantId: actor.tenantId, deleted: true, by: actor.uid };
  });
  await deps.files.remove(paths.appraisalFile(outcome.tenantId, input.propertyId, input.estimationId));
  if (outcome.deleted)
    estimationsLog.estimationDeleted(outcome.tenantId, input.propertyId, input.estimationId, outcome.by);
  return { status: outcome.deleted ? 'deleted' : 'already-deleted' };
}
