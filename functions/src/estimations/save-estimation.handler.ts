import {
  estimationModel,
  paths,
  propertyModel,
  type Estimation,
  type SaveEstimationInput,
  type SaveEstimationResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { estimationsLog } from './estimations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Creates or updates a property's estimation. A new one takes the form's `requestId` as its id, so a
 * create sent twice (a retry, a double click) writes one estimation; its author and creation date stay
 * what the first write made them.
 */
export async function saveEstimation(
  deps: Deps,
  caller: Caller,
  input: SaveEstimationInput,
): Promise<SaveEstimationResult> {
  const { db } = deps;
  const now = deps.now();
  const estimationId = input.estimationId ?? input.requestId;
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const propertyRef = db.doc(paths.property(tenantId, input.propertyId));
    const ref = db.doc(paths.estimation(tenantId, input.propertyId, estimationId));
    const [propertySnapshot, existingSnapshot] = await Promise.all([tx.get(propertyRef), tx.get(ref)]);
    if (!readModel(propertyModel, propertySnapshot)) {
      throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    }
    const existing = readModel(estimationModel, existingSnapshot);
    if (input.estimationId && !existing) {
      throw new Refusal('not-found', 'This estimation does not exist any more.', 'estimation-not-found');
    }
    const estimation: Estimation = {
      ...input.estimation,
      id: estimationId,
      propertyId: input.propertyId,
      createdBy: existing?.createdBy ?? actor.uid,
      createdByName: existing?.createdByName ?? (actor.member.displayName || actor.member.email),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      requestId: existing?.requestId ?? input.requestId,
    };
    tx.set(ref, estimation);
    return { tenantId, created: !existing, by: actor.uid };
  });
  estimationsLog.estimationSaved(outcome.tenantId, input.propertyId, estimationId, outcome.created, outcome.by);
  return { estimationId };
}
