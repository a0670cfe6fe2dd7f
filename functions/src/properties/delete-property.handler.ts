import {
  BINDING_MANDATE_STATUSES,
  canReassignListing,
  paths,
  propertyModel,
  type DeletePropertyInput,
  type DeletePropertyResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { deleteAll } from '../lib/batches';
import { memberConverter, readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { propertiesLog } from './properties.log';
import { runTransaction } from '../lib/transactions';

/**
 * Deletes a property the user confirmed by typing its reference. A property with a mandate sent for
 * signature or signed (`tenants/{t}/mandates`, `propertyId`, `status` in `sent`, `signed`) binds its
 * seller: it is archived, never deleted (`property-has-mandate`). Owner, admin, the property's agent and
 * that agent's manager delete.
 *
 * What a deleted property leaves: its interests (the contacts' phases on it) go, after the property, by
 * batches, and a retried call finishes them; its history entries stay (an audit trail, the contacts'
 * files keep their copies), as do portal leads naming it and tasks about it, which keep its label.
 */
export async function deleteProperty(
  deps: Deps,
  caller: Caller,
  input: DeletePropertyInput,
): Promise<DeletePropertyResult> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = db.doc(paths.property(tenantId, input.propertyId));
    const property = readModel(propertyModel, await tx.get(ref));
    if (!property) return { tenantId, deleted: null };
    const agent = (
      await tx.get(db.doc(paths.member(tenantId, property.assignedAgentUid)).withConverter(memberConverter))
    ).data();
    const holder = { agentUid: property.assignedAgentUid, agentManagerUid: agent?.managerUid ?? null };
    const viewer = { uid: actor.uid, role: actor.role };
    if (property.assignedAgentUid !== actor.uid && !canReassignListing(viewer, holder)) {
      throw new Refusal(
        'permission-denied',
        "Only the owner, an admin, the property's agent or their manager may delete it.",
        'delete-not-allowed',
      );
    }
    if (input.confirmReference !== property.reference) {
      throw new Refusal(
        'failed-precondition',
        `Type the reference ${property.reference} to confirm.`,
        'reference-mismatch',
      );
    }
    const binding = await tx.get(
      db
        .collection(paths.mandates(tenantId))
        .where('propertyId', '==', property.id)
        .where('status', 'in', [...BINDING_MANDATE_STATUSES])
        .limit(1),
    );
    if (!binding.empty) {
      throw new Refusal(
        'failed-precondition',
        'This property has a mandate sent for signature or signed: archive it instead of deleting it.',
        'property-has-mandate',
      );
    }
    tx.delete(ref);
    return { tenantId, deleted: { reference: property.reference, by: actor.uid } };
  });
  const interestsRemoved = await deleteAll(
    db,
    db.collection(paths.interests(outcome.tenantId)).where('propertyId', '==', input.propertyId),
  );
  if (outcome.deleted) {
    propertiesLog.propertyDeleted(
      outcome.tenantId,
      input.propertyId,
      outcome.deleted.reference,
      interestsRemoved,
      outcome.deleted.by,
    );
  }
  return { status: outcome.deleted ? 'deleted' : 'already-deleted', interestsRemoved };
}
