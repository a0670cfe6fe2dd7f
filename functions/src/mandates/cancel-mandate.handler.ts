import { paths, type MandateActionInput, type MandateActionResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { mandateConverter, mandateEvent, withEvent } from './mandate-store';
import { runTransaction } from '../lib/transactions';

/**
 * Abandons a draft mandate: it has no register number yet, so it only leaves the property's list of
 * live mandates (its history keeps it). A mandate already sent is closed through its signature request
 * (the signatures capability cancels it), which keeps its register line, marked `cancelled`.
 */
export async function cancelMandate(
  deps: Deps,
  caller: Caller,
  input: MandateActionInput,
): Promise<MandateActionResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const ref = db.doc(paths.mandate(actor.tenantId, input.mandateId)).withConverter(mandateConverter);
    const mandate = (await tx.get(ref)).data();
    if (!mandate) throw new Refusal('not-found', 'This mandate does not exist.', 'mandate-not-found');
    if (mandate.status === 'cancelled' && mandate.registerNumber === null)
      return { mandateId: mandate.id, status: 'cancelled' as const };
    if (mandate.status !== 'draft') {
      throw new Refusal('failed-precondition', 'Only a draft mandate is cancelled here.', 'mandate-not-draft');
    }
    tx.update(
      ref,
      toStored({
        status: 'cancelled',
        closedAt: now,
        updatedAt: now,
        events: withEvent(mandate.events, mandateEvent('cancelled', now, actor.uid)),
      }),
    );
    return { mandateId: mandate.id, status: 'cancelled' as const };
  });
}
